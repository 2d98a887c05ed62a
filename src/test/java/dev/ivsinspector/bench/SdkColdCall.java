package dev.ivsinspector.bench;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkIvsGateway;
import java.net.URI;

/**
 * One fresh JVM, no JavaFX: how long building the IVS client takes, then the first and a warm
 * GetRecordingConfiguration. This is the cost IvsInspectorApp.prepareClientInBackground hides behind the window.
 * Prints {@code SDK_COLD build_ms=.. first_call_ms=.. second_call_ms=.. jvm_to_ready_ms=..}.
 *
 * <p>Args: endpoint URL, ARN.
 */
public final class SdkColdCall {

    private SdkColdCall() {
    }

    public static void main(String[] args) {
        URI endpoint = URI.create(args[0]);
        RecordingConfigurationArn arn = RecordingConfigurationArn.parse(args[1]);
        long t0 = System.nanoTime();
        try (SdkIvsGateway gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint))) {
            gateway.prepare(arn.region());
            long t1 = System.nanoTime();
            gateway.getRecordingConfiguration(arn);
            long t2 = System.nanoTime();
            gateway.getRecordingConfiguration(arn);
            long t3 = System.nanoTime();
            long sinceStart = System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf("SDK_COLD build_ms=%d first_call_ms=%d second_call_ms=%d jvm_to_ready_ms=%d%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, sinceStart);
        }
    }
}
