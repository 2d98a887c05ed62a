package dev.ivsinspector.app;

import dev.ivsinspector.startup.Startup;
import java.util.List;
import javafx.application.Application;

/**
 * Plain entry point. It does not extend {@link Application}: started from a class path, a main class that
 * does fails with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // A desktop is never an EC2 instance: probing the instance metadata service only adds seconds of
        // timeouts to the failure path of the credential chain. An explicit user setting still wins.
        if (System.getProperty("aws.disableEc2Metadata") == null && System.getenv("AWS_EC2_METADATA_DISABLED") == null) {
            System.setProperty("aws.disableEc2Metadata", "true");
        }
        Startup.beforeToolkit(fetchesAtStart(args));
        Application.launch(IvsInspectorApp.class, args);
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
