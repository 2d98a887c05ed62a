package dev.ivsinspector.app;

import dev.ivsinspector.startup.AotCacheTraining;
import dev.ivsinspector.startup.Startup;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;

/**
 * Plain entry point. It does not extend {@link Application}: started from a class path, a main class that
 * does fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

    /** The install scripts' command: make the AOT cache the launcher names, then exit (0 when it is in place). */
    static final String MAKE_AOT_CACHE = "--make-aot-cache";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && MAKE_AOT_CACHE.equals(args[0])) {
            System.exit(makeAotCache());
        }
        // A desktop is never an EC2 instance: probing the instance metadata service only adds seconds of
        // timeouts to the failure path of the credential chain. An explicit user setting still wins.
        if (System.getProperty("aws.disableEc2Metadata") == null && System.getenv("AWS_EC2_METADATA_DISABLED") == null) {
            System.setProperty("aws.disableEc2Metadata", "true");
        }
        Startup.beforeToolkit(fetchesAtStart(args));
        Application.launch(IvsInspectorApp.class, args);
    }

    private static int makeAotCache() {
        Optional<AotCacheTraining> training = AotCacheTraining.forThisJvm(Launcher.class.getName(),
                IvsInspectorApp.trainingArguments());
        if (training.isEmpty()) {
            System.err.println("ivs-inspector: this launcher names no AOT cache (-XX:AOTCache=...): nothing to make");
            return 2;
        }
        System.out.println("ivs-inspector: making the start-up cache " + training.get().cache() + " (about a minute)");
        Optional<String> problem = training.get().run(false);
        problem.ifPresent(reason -> System.err.println("ivs-inspector: no start-up cache made: " + reason
                + ". The app works; it only starts slower."));
        return problem.isPresent() ? 1 : 0;
    }

    /** An ARN on the command line is fetched while the window is built (see IvsInspectorApp). */
    private static boolean fetchesAtStart(String[] args) {
        try {
            return CommandLine.parse(List.of(args)).arn() != null;
        } catch (IllegalArgumentException e) {
            return false; // the app shows the usage error
        }
    }
}
