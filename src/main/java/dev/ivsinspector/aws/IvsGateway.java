package dev.ivsinspector.aws;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * The application's only door to IVS. Implementations throw {@link IvsCallException} for every failure,
 * so callers never handle SDK exceptions; tests of view-models pass a fake.
 */
public interface IvsGateway {

    /** The largest page ListRecordingConfigurations and ListChannels accept. */
    int MAX_PAGE_SIZE = 100;

    /** Fetches a configuration from the ARN's own region, whatever region the connection defaults to. */
    GetRecordingConfigurationResponse getRecordingConfiguration(RecordingConfigurationArn arn);

    /** One page of the configurations of a region; nextToken null for the first page. */
    Page<RecordingConfigurationSummary> listRecordingConfigurations(String region, String nextToken, int maxResults);

    /** One page of the channels that use the configuration. */
    Page<ChannelSummary> listChannelsUsing(RecordingConfigurationArn arn, String nextToken);

    /** The configuration's tags, read with ListTagsForResource. */
    Map<String, String> tags(RecordingConfigurationArn arn);

    /** The regions where IVS exists, from the SDK's endpoint metadata. */
    List<String> regions();
}
