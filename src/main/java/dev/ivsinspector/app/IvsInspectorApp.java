package dev.ivsinspector.app;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: chooses the connection, wires services into the main window and shows it. */
public final class IvsInspectorApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(IvsInspectorApp.class);

    private DemoEndpoint demo;
    private SdkIvsGateway gateway;

    @Override
    public void start(Stage stage) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            new Alert(Alert.AlertType.ERROR, e.getMessage()).showAndWait();
            Platform.exit();
            return;
        }
        boolean useDemo = commandLine.demo()
                || !commandLine.asksForRealConnection() && !AwsSetupDetector.hasAwsSetup(System.getenv());
        ConnectionSettings settings;
        List<String> samples = List.of();
        if (useDemo) {
            demo = DemoEndpoint.start();
            settings = ConnectionSettings.demo(demo.uri());
            samples = demo.account().sampleArns();
            LOG.info("No AWS set-up found or --demo given: using the demo account at {}", demo.uri());
        } else {
            settings = ConnectionSettings.sdkDefaults()
                    .withProfile(commandLine.profile())
                    .withRegion(commandLine.region())
                    .withEndpoint(commandLine.endpointUrl());
        }
        gateway = new SdkIvsGateway(settings);
        String firstArn = commandLine.arn() != null ? commandLine.arn() : samples.isEmpty() ? null : samples.get(0);
        prepareClientInBackground(firstArn);
        MainWindow window = new MainWindow(stage, new MainWindow.Services(gateway, useDemo, samples, browseRegion(commandLine, firstArn)));
        if (firstArn != null) {
            window.inspector().arnTextProperty().set(firstArn);
        }
        stage.setTitle(useDemo ? "IVS Inspector (demo account)" : "IVS Inspector");
        Dimension2D size = initialSize(1440, 960);
        stage.setScene(new Scene(window.root(), size.getWidth(), size.getHeight()));
        stage.show();
        if (commandLine.arn() != null) {
            window.inspector().fetch();
            StartupProbe.watch(window.inspector(), stage.getScene());
        }
        window.browse().refresh();
    }

    /**
     * The first window size: big enough to show a whole configuration without scrolling, but never larger
     * than the screen it opens on.
     */
    private static Dimension2D initialSize(double width, double height) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        return new Dimension2D(Math.min(width, screen.getWidth() * 0.95), Math.min(height, screen.getHeight() * 0.95));
    }

    /** Browsing starts in the region the user named, else the region of the ARN in the field. */
    private static String browseRegion(CommandLine commandLine, String firstArn) {
        if (commandLine.region() != null) {
            return commandLine.region();
        }
        return firstArn != null && RecordingConfigurationArn.problemWith(firstArn) == null
                ? RecordingConfigurationArn.parse(firstArn).region() : null;
    }

    /** Builds the first client while the window is being laid out, so the first fetch does not pay for it. */
    private void prepareClientInBackground(String arn) {
        if (arn == null || RecordingConfigurationArn.problemWith(arn) != null) {
            return;
        }
        Thread warmUp = new Thread(() -> {
            try {
                gateway.prepare(RecordingConfigurationArn.parse(arn).region());
            } catch (RuntimeException e) {
                LOG.debug("Could not prepare the IVS client early; the first fetch will try again", e);
            }
        }, "client-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    @Override
    public void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
