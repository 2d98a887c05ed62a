package dev.ivsinspector.startup;

import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The start-up steps the app's wiring calls; what they do depends on the {@link StartupMode}. */
public final class Startup {

    private static final Logger LOG = LoggerFactory.getLogger(Startup.class);
    /** Time after the first window (or the first render) for layout, CSS, paint and the browse listing to run once. */
    private static final Duration TRAINING_SETTLE = Duration.ofSeconds(2);
    /** If a non-daemon thread still holds the JVM after Platform.exit, a training run must end anyway. */
    private static final Duration TRAINING_GRACE = Duration.ofSeconds(5);
    /** A missing AOT cache is made this long after the window shows: the user's first steps come first. */
    private static final Duration AOT_TRAINING_DELAY = Duration.ofSeconds(20);

    private Startup() {
    }

    /** Call first thing in main, before the toolkit starts (and before the command line is checked for errors). */
    public static void beforeToolkit(boolean fetchesAtStart) {
        StartupMode.current(); // a misspelt mode fails here, not in the middle of start-up
        StartupWarmUp.begin(fetchesAtStart);
    }

    /**
     * Builds the first client while the window is being laid out, so the first fetch does not pay for it. An
     * invalid ARN is left for the inspector to explain when it is fetched.
     */
    public static void prepareClientInBackground(SwitchableGateway gateway, String arn) {
        if (RecordingConfigurationArn.problemWith(arn) != null) {
            return;
        }
        Thread.ofPlatform().daemon().name("client-warm-up").start(() -> {
            try {
                gateway.prepare(RecordingConfigurationArn.parse(arn).region());
            } catch (RuntimeException e) {
                LOG.debug("Could not prepare the IVS client early; the first fetch will try again", e);
            }
        });
    }

    /**
     * Call on the FX thread right after the first {@code stage.show()}, once the fetch of an ARN given on the
     * command line (if any) has started.
     */
    public static void afterFirstShow(Stage stage, InspectorViewModel inspector, boolean fetchingAtStart) {
        switch (StartupMode.current()) {
            case NORMAL -> {
            }
            case PROBE -> FirstRender.watch(inspector, stage.getScene(), outcome -> {
                System.out.println(outcome.line());
                System.out.flush();
                System.exit(outcome instanceof FirstRender.Rendered ? 0 : 2);
            });
            case TRAINING -> {
                if (fetchingAtStart) {
                    FirstRender.watch(inspector, stage.getScene(), outcome -> quitAfterSettling(stage));
                } else {
                    quitAfterSettling(stage);
                }
            }
        }
    }

    /**
     * In users' runs, makes the AOT cache the launcher names when it is missing (an app-image's first start), in
     * the background; see {@link AotCacheTraining}.
     *
     * @param trainingArguments the command line the training run opens
     */
    public static void makeAotCacheInBackground(String mainClass, List<String> trainingArguments) {
        if (StartupMode.current() != StartupMode.NORMAL) {
            return;
        }
        // Even the question (the JVM's options, a file check) waits: JMX's classes are not start-up work.
        Thread.ofVirtual().name("aot-cache-training").start(() -> {
            try {
                Thread.sleep(AOT_TRAINING_DELAY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            AotCacheTraining.forThisJvm(mainClass, trainingArguments)
                    .filter(AotCacheTraining::worthTrying)
                    .ifPresent(Startup::makeAotCache);
        });
    }

    private static void makeAotCache(AotCacheTraining training) {
        LOG.info("Making the start-up cache {} in the background", training.cache());
        training.run(true).ifPresentOrElse(
                problem -> LOG.warn("No start-up cache made ({}); the app starts slower", problem),
                () -> LOG.info("Start-up cache made: {}", training.cache()));
    }

    private static void quitAfterSettling(Stage stage) {
        Thread.ofVirtual().name("training-run-end").start(() -> {
            try {
                Thread.sleep(TRAINING_SETTLE);
                Platform.runLater(() -> {
                    stage.close();
                    Platform.exit();
                });
                Thread.sleep(TRAINING_GRACE);
                System.exit(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
