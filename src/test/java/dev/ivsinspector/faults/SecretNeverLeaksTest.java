package dev.ivsinspector.faults;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.FaultIds;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.testing.RecordingDialogs;
import dev.ivsinspector.ui.browse.BrowseViewModel;
import dev.ivsinspector.ui.common.ErrorReport;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Known fake secrets (a secret access key in the SDK's system properties, one in a shared-credentials profile,
 * and the demo account's own key) are used for real signed calls over loopback, through every fault and the
 * browse pane, with the app's and the SDK's logging turned up. None may appear in a log line (message, arguments
 * or stack trace), a dialog, a status line, the tree, or the app's preferences. The app has no export feature
 * yet; when it gets one, its output belongs in {@link #everythingShown}.
 */
class SecretNeverLeaksTest {

    private static final String PROPERTY_SECRET = "fAkE/SysProp+Secret0000000000LEAKCANARY1";
    private static final String PROFILE_SECRET = "fAkE/Profile+Secret000000000LEAKCANARY2";
    private static final List<String> SECRETS = List.of(PROPERTY_SECRET, PROFILE_SECRET, DemoEndpoint.SECRET_ACCESS_KEY);

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final List<String> everythingShown = new ArrayList<>();
    private final List<String> restoreKeys = List.of("aws.accessKeyId", "aws.secretAccessKey", "aws.sharedCredentialsFile");
    private final List<String> restoreValues = new ArrayList<>();
    private final List<Level> levelsBefore = new ArrayList<>();
    private final List<Logger> loggers = new ArrayList<>();
    private DemoEndpoint endpoint;
    private ch.qos.logback.core.Appender<ILoggingEvent> console;

    @BeforeEach
    void setUp() {
        Fx.start();
        restoreKeys.forEach(k -> restoreValues.add(System.getProperty(k)));
        for (String name : List.of("dev.ivsinspector", "software.amazon.awssdk")) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            loggers.add(logger);
            levelsBefore.add(logger.getLevel());
            logger.setLevel(Level.DEBUG); // what a user might turn on for a bug report
        }
        ((Logger) LoggerFactory.getLogger("dev.ivsinspector")).setLevel(Level.TRACE);
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        console = root.getAppender("CONSOLE");
        root.detachAppender("CONSOLE"); // DEBUG of the SDK is captured, not printed into the build log
        root.addAppender(logs);
        endpoint = DemoEndpoint.start(SampleAccount.standard().withSlowDelay(Duration.ofMillis(1500))
                .withGenerated("eu-central-1", 150).withListFault("eu-central-1", 1, "InternalServerException"));
    }

    @AfterEach
    void tearDown() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(logs);
        if (console != null) {
            root.addAppender(console);
        }
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).setLevel(levelsBefore.get(i));
        }
        for (int i = 0; i < restoreKeys.size(); i++) {
            if (restoreValues.get(i) == null) {
                System.clearProperty(restoreKeys.get(i));
            } else {
                System.setProperty(restoreKeys.get(i), restoreValues.get(i));
            }
        }
        endpoint.close();
    }

    @Test
    void noSecretReachesLogsDialogsStatusTreeOrPreferences() throws Exception {
        // 1. The SDK's default chain, reading the secret from system properties (as from AWS_SECRET_ACCESS_KEY).
        System.setProperty("aws.accessKeyId", "AKIAFAKESYSPROP00001");
        System.setProperty("aws.secretAccessKey", PROPERTY_SECRET);
        exercise(ConnectionSettings.sdkDefaults().withEndpoint(endpoint.uri()).withCallTimeout(Duration.ofSeconds(1)));
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");

        // 2. A named profile from a shared credentials file.
        Path credentials = Files.writeString(dir.resolve("credentials"),
                "[leaky]\naws_access_key_id = AKIAFAKEPROFILE00002\naws_secret_access_key = " + PROFILE_SECRET + "\n");
        System.setProperty("aws.sharedCredentialsFile", credentials.toString());
        exercise(ConnectionSettings.sdkDefaults().withProfile("leaky").withEndpoint(endpoint.uri())
                .withCallTimeout(Duration.ofSeconds(1)));

        // 3. The demo account's static keys, and a closed port.
        exercise(ConnectionSettings.demo(endpoint.uri()).withCallTimeout(Duration.ofSeconds(1)));
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        exercise(ConnectionSettings.demo(URI.create("http://127.0.0.1:" + deadPort)));

        assertThat(logs.list).as("the run was logged at all").isNotEmpty();
        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : logs.list) {
            logged.add(event.getFormattedMessage());
            logged.add(String.valueOf(event.getMDCPropertyMap()));
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                logged.add(t.getClassName() + ": " + t.getMessage());
                for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                    logged.add(frame.getSTEAsString());
                }
            }
        }
        assertNoSecretIn("logs", logged);
        assertThat(everythingShown).as("dialogs were shown").anyMatch(s -> s.contains("Request id"));
        assertNoSecretIn("dialogs, status lines and trees", everythingShown);
        assertNoSecretIn("preferences", preferences());
    }

    /** Fetches a good configuration, every fault id and a listing with a failing page through one connection. */
    private void exercise(ConnectionSettings settings) {
        everythingShown.add(settings.toString());
        RecordingDialogs dialogs = new RecordingDialogs();
        try (SdkIvsGateway gateway = new SdkIvsGateway(settings)) {
            InspectorViewModel vm = FaultTesting.inspector(gateway, dialogs);
            List<String> arns = new ArrayList<>(List.of(FaultTesting.RICH));
            FaultIds.ALL.forEach(id -> arns.add(FaultIds.arn("us-west-2", id)));
            arns.add(FaultIds.arn("us-west-2", FaultIds.MISSING));
            for (String arn : arns) {
                FaultTesting.fetch(vm, arn);
                everythingShown.add(Fx.call(() -> vm.statusProperty().get()));
                everythingShown.add(String.valueOf(Fx.call(() -> vm.nodesProperty().get())));
            }
            BrowseViewModel browse = new BrowseViewModel(gateway, new FxTaskExecutor(), a -> { }, null);
            Fx.run(() -> browse.loadRegions("eu-central-1"));
            Fx.run(browse::refresh);
            Fx.await(() -> !browse.loadingProperty().get());
            everythingShown.add(Fx.call(() -> browse.summaryProperty().get() + browse.regionStatuses()));
            listChannels(gateway);
        }
        for (ErrorReport report : dialogs.errors()) {
            everythingShown.addAll(List.of(report.title(), report.header(), report.meaning(), report.action(),
                    report.details()));
        }
    }

    private void listChannels(IvsGateway gateway) {
        try {
            everythingShown.add(String.valueOf(gateway.tags(
                    dev.ivsinspector.aws.RecordingConfigurationArn.parse(FaultTesting.RICH))));
        } catch (RuntimeException e) {
            everythingShown.add(String.valueOf(e));
        }
    }

    private static List<String> preferences() throws BackingStoreException {
        List<String> values = new ArrayList<>();
        Preferences root = Preferences.userRoot();
        if (root.nodeExists("dev")) {
            collect(root.node("dev"), values);
        }
        return values;
    }

    private static void collect(Preferences node, List<String> values) throws BackingStoreException {
        for (String key : node.keys()) {
            values.add(key + "=" + node.get(key, ""));
        }
        for (String child : node.childrenNames()) {
            collect(node.node(child), values);
        }
    }

    private static void assertNoSecretIn(String where, List<String> texts) {
        for (String text : texts) {
            for (String secret : SECRETS) {
                assertThat(text).as("a secret in the %s", where).doesNotContain(secret);
            }
        }
    }
}
