package dev.ivsinspector.bench;

import dev.ivsinspector.app.MainWindow;
import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.model.PropertyNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;

/**
 * Warm re-fetch: Enter (the default Fetch button fired) to the rendered tree in the real window,
 * against the demo endpoint in this JVM, after warm-up. Three marks per fetch: the view-model's nodes set,
 * the first pulse laid out with them, and the start of the pulse after that (the frame has then been
 * rendered). The endpoint's own time is the raw GetRecordingConfiguration through the same SdkIvsGateway,
 * measured warm in the same run; the goal is "Enter to rendered" at most 20 ms above it. Two sample
 * configurations alternate: a fetch with an answer equal to the one shown changes no property, so nothing
 * would be rendered again.
 *
 * <p>Args: {@code [fetches=60]}.
 */
public final class RefetchBench {

    private static final String ARN = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";

    private RefetchBench() {
    }

    public static void main(String[] args) throws Exception {
        int fetches = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        FxBench.startToolkit();
        System.out.println("Re-fetch benchmark on " + FxBench.toolkitName() + ", load average " + Stats.loadAverage());
        try (DemoEndpoint endpoint = DemoEndpoint.start(SampleAccount.standard());
             SdkIvsGateway gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()))) {
            MainWindow window = FxBench.showWindow(gateway, endpoint.uri(), List.of(ARN), "us-west-2");
            Scene scene = FxBench.onFx(() -> window.root().getScene());
            Button fetch = FxBench.onFx(() -> (Button) window.root().lookup("#fetchButton"));
            List<String> arns = List.of(ARN, endpoint.account().sampleArns().get(1));
            FxBench.settle(500);

            List<Double> raw = new ArrayList<>();
            List<double[]> marks = new ArrayList<>();
            for (int i = 0; i < fetches + 20; i++) { // the first 20 of each warm the JIT
                String next = arns.get(i % 2);
                FxBench.onFxRun(() -> window.inspector().arnTextProperty().set(next));
                long t = System.nanoTime();
                gateway.getRecordingConfiguration(RecordingConfigurationArn.parse(next));
                double rawMs = (System.nanoTime() - t) / 1e6;
                double[] m = fetchOnce(window, scene, fetch);
                if (i >= 20) {
                    raw.add(rawMs);
                    marks.add(m);
                }
                Thread.sleep(60); // the channels list that follows each fetch, and idle time as between presses
            }
            List<Double> nodes = marks.stream().map(m -> m[0]).toList();
            List<Double> layout = marks.stream().map(m -> m[1]).toList();
            List<Double> rendered = marks.stream().map(m -> m[2]).toList();
            double rawP50 = Stats.median(raw);
            System.out.printf("RAW_SDK_GET_MS p50 %s, p90 %s (endpoint + SDK, warm)%n", Stats.fmt(rawP50),
                    Stats.fmt(Stats.percentile(raw, 90)));
            System.out.printf("REFETCH_MS Enter->nodes p50 %s; Enter->laid-out pulse p50 %s (p90 %s);"
                            + " Enter->rendered (next pulse) p50 %s (p90 %s)%n", Stats.fmt(Stats.median(nodes)),
                    Stats.fmt(Stats.median(layout)), Stats.fmt(Stats.percentile(layout, 90)),
                    Stats.fmt(Stats.median(rendered)), Stats.fmt(Stats.percentile(rendered, 90)));
            System.out.printf("REFETCH_OVERHEAD_MS (Enter->laid-out minus raw call) p50 %s; (Enter->rendered minus raw)"
                            + " p50 %s [goal <= 20]%n", Stats.fmt(Stats.median(layout) - rawP50),
                    Stats.fmt(Stats.median(rendered) - rawP50));
        }
        System.exit(0);
    }

    private static double[] fetchOnce(MainWindow window, Scene scene, Button fetch) throws InterruptedException {
        long[] at = new long[4];
        CountDownLatch done = new CountDownLatch(1);
        Runnable[] pulse = new Runnable[1];
        int[] pulses = {0};
        pulse[0] = () -> {
            if (at[1] == 0) {
                return; // a pulse before the answer
            }
            if (++pulses[0] == 1) {
                at[2] = System.nanoTime();
                Platform.requestNextPulse();
            } else {
                at[3] = System.nanoTime();
                scene.removePostLayoutPulseListener(pulse[0]);
                done.countDown();
            }
        };
        ChangeListener<List<PropertyNode>> nodes = (obs, old, now) -> {
            if (!now.isEmpty() && at[1] == 0) {
                at[1] = System.nanoTime();
                Platform.requestNextPulse();
            }
        };
        FxBench.onFxRun(() -> {
            window.inspector().nodesProperty().addListener(nodes);
            scene.addPostLayoutPulseListener(pulse[0]);
            at[0] = System.nanoTime();
            fetch.fire();
        });
        if (!done.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("No render after fetch: " + FxBench.onFx(() -> window.inspector().statusProperty().get()));
        }
        FxBench.onFxRun(() -> window.inspector().nodesProperty().removeListener(nodes));
        return new double[] {(at[1] - at[0]) / 1e6, (at[2] - at[0]) / 1e6, (at[3] - at[0]) / 1e6};
    }
}
