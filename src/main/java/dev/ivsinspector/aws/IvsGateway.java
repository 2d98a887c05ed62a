package dev.ivsinspector.aws;

import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;

/**
 * The application's only door to IVS. Implementations throw {@link IvsCallException} for every failure,
 * so callers never handle SDK exceptions; tests of view-models pass a fake.
 */
public interface IvsGateway {

    /** Fetches a configuration from the ARN's own region, whatever region the connection defaults to. */
    GetRecordingConfigurationResponse getRecordingConfiguration(RecordingConfigurationArn arn);
}
