package dev.ivsinspector.aws;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * The gateway the view-models hold for the whole session; switching profile, region or endpoint swaps the
 * SDK clients behind it, so nothing else needs rewiring. A call already running finishes on the clients it
 * started with.
 */
public final class SwitchableGateway implements IvsGateway, AutoCloseable {

    private volatile SdkIvsGateway current;
    private volatile ConnectionSettings settings;

    public SwitchableGateway(ConnectionSettings initial) {
        this.settings = initial;
        this.current = new SdkIvsGateway(initial);
    }

    /** Uses a new connection from the next call on; also after an SSO sign-in, whose token is read at build time. */
    public synchronized void switchTo(ConnectionSettings next) {
        SdkIvsGateway previous = current;
        settings = next;
        current = new SdkIvsGateway(next);
        previous.close();
    }

    public ConnectionSettings settings() {
        return settings;
    }

    public void prepare(String region) {
        current.prepare(region);
    }

    @Override
    public GetRecordingConfigurationResponse getRecordingConfiguration(RecordingConfigurationArn arn) {
        return current.getRecordingConfiguration(arn);
    }

    @Override
    public Page<RecordingConfigurationSummary> listRecordingConfigurations(String region, String nextToken, int maxResults) {
        return current.listRecordingConfigurations(region, nextToken, maxResults);
    }

    @Override
    public Page<ChannelSummary> listChannelsUsing(RecordingConfigurationArn arn, String nextToken) {
        return current.listChannelsUsing(arn, nextToken);
    }

    @Override
    public Map<String, String> tags(RecordingConfigurationArn arn) {
        return current.tags(arn);
    }

    @Override
    public List<String> regions() {
        return current.regions();
    }

    @Override
    public void close() {
        current.close();
    }
}
