package dev.ivsinspector.testing;

import dev.ivsinspector.app.MainWindow;
import dev.ivsinspector.app.ThemeChoice;
import dev.ivsinspector.app.Themes;
import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.aws.connection.ProfileLoadResult;
import dev.ivsinspector.aws.connection.SsoTokenStatus;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.common.TaskExecutor;
import dev.ivsinspector.ui.connection.ConnectionPreferences;
import dev.ivsinspector.ui.connection.ConnectionViewModel;
import dev.ivsinspector.ui.connection.SignInViewModel;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.application.ColorScheme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;

/**
 * Builds the real main window for UI tests and benchmarks, on a fixed gateway: the connection bar has no
 * profiles, and shows the demo account when {@link #demo(URI)} names its endpoint. Call {@link #build} on the
 * FX thread.
 */
public final class MainWindowBuilder {

    private final IvsGateway gateway;
    private URI demoEndpoint;
    private List<String> sampleArns = List.of();
    private String browseRegion = "us-west-2";
    private TaskExecutor executor;
    private boolean appTheme;

    private MainWindowBuilder(IvsGateway gateway) {
        this.gateway = gateway;
    }

    /** @param gateway what the window's view-models call */
    public static MainWindowBuilder mainWindow(IvsGateway gateway) {
        return new MainWindowBuilder(gateway);
    }

    /** The connection is the demo account at this endpoint: the demo banner shows, the samples are offered. */
    public MainWindowBuilder demo(URI endpoint) {
        this.demoEndpoint = endpoint;
        return this;
    }

    public MainWindowBuilder sampleArns(List<String> arns) {
        this.sampleArns = arns;
        return this;
    }

    public MainWindowBuilder browseRegion(String region) {
        this.browseRegion = region;
        return this;
    }

    /** The executor of every view-model; by default the application's. */
    public MainWindowBuilder executor(TaskExecutor value) {
        this.executor = value;
        return this;
    }

    /**
     * Applies the app's own light theme (for the whole JVM, as the app does), so that sizes are those users see;
     * without it the window has JavaFX's default look. Undo with {@code window.themes().remove()}.
     */
    public MainWindowBuilder appTheme() {
        this.appTheme = true;
        return this;
    }

    public MainWindow build(Window owner) {
        TaskExecutor tasks = executor != null ? executor : new FxTaskExecutor();
        ConnectionViewModel connection = new ConnectionViewModel(new ConnectionViewModel.Services(
                new ProfileLoadResult(List.of(), List.of()),
                // The connection's own gateway: the window's view-models call the fixed one given.
                new SwitchableGateway(ConnectionSettings.sdkDefaults()),
                (settings, region) -> {
                    throw IvsCallException.of(ErrorKind.NO_CREDENTIALS, "GetCallerIdentity", "no profile in this test");
                },
                SsoTokenStatus.forUser(), () -> demoEndpoint, SampleAccount.ACCOUNT_ID, null, null, Map.of(),
                // Read, never written: only choosing a profile is remembered, and there is none.
                new ConnectionPreferences(Preferences.userRoot().node("dev/ivsinspector/tests/main-window"))),
                tasks, new SignInViewModel((profile, listener, cancelled) -> {
                    throw new AssertionError("no sign-in in this test");
                }, tasks, url -> { }), null, null);
        if (demoEndpoint != null) {
            connection.select(connection.initialChoice(true, null));
        }
        Themes themes = new Themes(ThemeChoice.LIGHT, new SimpleObjectProperty<>(ColorScheme.LIGHT));
        if (appTheme) {
            themes.apply();
        }
        return new MainWindow(owner, new MainWindow.Services(gateway, sampleArns, browseRegion, connection, tasks),
                url -> { }, themes);
    }
}
