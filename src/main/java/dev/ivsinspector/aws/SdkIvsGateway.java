package dev.ivsinspector.aws;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;
import software.amazon.awssdk.services.ivs.model.ListChannelsResponse;
import software.amazon.awssdk.services.ivs.model.ListRecordingConfigurationsResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;

/** {@link IvsGateway} over the AWS SDK: one client per region, built on first use and then reused. */
public final class SdkIvsGateway implements IvsGateway, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SdkIvsGateway.class);

    private final IvsClientFactory factory;
    private final Map<String, IvsClient> clients = new ConcurrentHashMap<>();

    public SdkIvsGateway(ConnectionSettings settings) {
        this.factory = new IvsClientFactory(settings);
    }

    /**
     * Builds the client of a region ahead of the first call; building one loads service metadata that takes
     * hundreds of milliseconds, better spent while the window is being shown.
     */
    public void prepare(String region) {
        client(region);
    }

    @Override
    public GetRecordingConfigurationResponse getRecordingConfiguration(RecordingConfigurationArn arn) {
        return call("GetRecordingConfiguration", arn.region(),
                c -> c.getRecordingConfiguration(r -> r.arn(arn.value())));
    }

    @Override
    public Page<RecordingConfigurationSummary> listRecordingConfigurations(String region, String nextToken, int maxResults) {
        ListRecordingConfigurationsResponse response = call("ListRecordingConfigurations", region,
                c -> c.listRecordingConfigurations(r -> r.maxResults(maxResults).nextToken(nextToken)));
        return new Page<>(response.recordingConfigurations(), blankToNull(response.nextToken()));
    }

    @Override
    public Page<ChannelSummary> listChannelsUsing(RecordingConfigurationArn arn, String nextToken) {
        ListChannelsResponse response = call("ListChannels", arn.region(),
                c -> c.listChannels(r -> r.filterByRecordingConfigurationArn(arn.value())
                        .maxResults(MAX_PAGE_SIZE).nextToken(nextToken)));
        return new Page<>(response.channels(), blankToNull(response.nextToken()));
    }

    @Override
    public Map<String, String> tags(RecordingConfigurationArn arn) {
        return call("ListTagsForResource", arn.region(),
                c -> c.listTagsForResource(r -> r.resourceArn(arn.value())).tags());
    }

    /** Loads and initialises the SDK's client classes ahead of the first real client; makes no request. */
    public static void warmUpSdk() {
        IvsClientFactory.warmUp();
    }

    @Override
    public List<String> regions() {
        return IvsRegions.all();
    }

    private static String blankToNull(String token) {
        return token == null || token.isEmpty() ? null : token;
    }

    private <T> T call(String operation, String region, Function<IvsClient, T> request) {
        RequestIdRecorder.clear();
        try {
            return request.apply(client(region));
        } catch (RuntimeException e) {
            IvsCallException failure = SdkErrorClassifier.classify(operation, e, RequestIdRecorder.last());
            LOG.info("{} in {} failed: {} (code {}, status {}, request id {})", operation, region, failure.kind(),
                    failure.errorCode(), failure.httpStatus(), failure.requestId());
            throw failure;
        }
    }

    private IvsClient client(String region) {
        return clients.computeIfAbsent(region, factory::create);
    }

    @Override
    public void close() {
        clients.values().forEach(IvsClient::close);
        clients.clear();
    }
}
