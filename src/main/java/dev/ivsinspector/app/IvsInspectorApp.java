package dev.ivsinspector.app;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkRecordingsGateway;
import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.aws.connection.ProfileLoadResult;
import dev.ivsinspector.aws.connection.SsoTokenStatus;
import dev.ivsinspector.aws.connection.StsCallerIdentityService;
import dev.ivsinspector.aws.org.SdkConfigAggregators;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.startup.Startup;
import dev.ivsinspector.store.AppPreferences;
import dev.ivsinspector.store.ConfigDirectory;
import dev.ivsinspector.store.InventoryStore;
import dev.ivsinspector.store.WindowLayout;
import dev.ivsinspector.store.WindowLayoutStore;
import dev.ivsinspector.ui.accounts.AccountChoiceMemory;
import dev.ivsinspector.ui.accounts.AccountPickerViewModel;
import dev.ivsinspector.ui.accounts.AllAccountsViewModel;
import dev.ivsinspector.ui.accounts.Inventory;
import dev.ivsinspector.ui.accounts.OrganizationViewModels;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.common.LayoutState;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.connection.ConnectionPreferences;
import dev.ivsinspector.ui.connection.ConnectionViewModel;
import dev.ivsinspector.ui.connection.SignInViewModel;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: reads the command line and AWS set-up, wires services into the main window, shows it. */
public final class IvsInspectorApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(IvsInspectorApp.class);
    /** The main class, by name: it is compiled apart, for the Java that runs Maven (see pom.xml). */
    static final String LAUNCHER = "dev.ivsinspector.app.Launcher";

    private DemoEndpoint demo;
    private SwitchableGateway gateway;
    private SdkRecordingsGateway recordings;

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
        Optional<String> refusedEndpoint = RefusedEndpointNotice.problemWith(commandLine);
        if (refusedEndpoint.isPresent()) {
            LOG.warn("--endpoint-url refused: {}", refusedEndpoint.get());
            commandLine = commandLine.withoutEndpoint();
        }
        Map<String, String> env = System.getenv();
        ProfilesAtStart profileReading = ProfilesAtStart.begin(env);
        ResourceBundle messages = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");
        WindowLayoutStore layouts = new WindowLayoutStore(ConfigDirectory.resolve());
        AppPreferences preferences = AppPreferences.forUser();
        WindowLayout layout = layouts.load();
        // The theme goes first: the first control created would otherwise load JavaFX's default stylesheet.
        Themes themes = new Themes(ThemeChoice.fromId(layout.theme()), Platform.getPreferences().colorSchemeProperty());
        themes.apply();
        boolean useDemo = commandLine.demo() || !commandLine.asksForRealConnection() && !AwsSetupDetector.hasAwsSetup(env);
        String profilesLoading = messages.getString("profiles.loading");
        ProfileLoadResult profiles = profileReading.now(ProfilesAtStart.WAIT, profilesLoading);
        // The first settings are a placeholder until the connection bar selects its initial choice below.
        gateway = new SwitchableGateway(ConnectionSettings.sdkDefaults());
        FxTaskExecutor executor = new FxTaskExecutor();
        executor.hold();
        DemoOrganizationSetup demoOrganization = new DemoOrganizationSetup(this::demoEndpoint);
        SignInViewModel signIn = new SignInViewModel(demoOrganization.signIn(), executor,
                getHostServices()::showDocument);
        AccountPickerViewModel accounts = new AccountPickerViewModel(new AccountPickerViewModel.Services(
                demoOrganization.organizationAccess(), new AccountChoiceMemory(preferences.node("accounts")), messages),
                executor);
        Path inventoryFile = ConfigDirectory.resolve().resolve(InventoryStore.FILE_NAME);
        AllAccountsViewModel allAccounts = new AllAccountsViewModel(new AllAccountsViewModel.Services(accounts::directory,
                gateway::settings, gateway.regions(), messages, new Inventory(inventoryFile, Clock.systemUTC()),
                new SdkConfigAggregators()), executor);
        ConnectionViewModel connection = new ConnectionViewModel(new ConnectionViewModel.Services(profiles, gateway,
                new StsCallerIdentityService(), SsoTokenStatus.forUser(), this::demoEndpoint, SampleAccount.ACCOUNT_ID, commandLine.endpointUrl(), commandLine.region(), env,
                new ConnectionPreferences(preferences.node(""))), executor, signIn, new OrganizationViewModels(accounts, allAccounts),
                demoOrganization.profile());

        List<String> sampleArns = SampleAccount.standardSampleArns();
        String sampleArn = sampleArns.get(0);
        MainWindow window = new MainWindow(stage, new MainWindow.Services(gateway,
                sampleArns, commandLine.region(), connection, executor),
                getHostServices()::showDocument, themes);
        preferences.onSaveFailure(problem -> Platform.runLater(() -> window.history().showStorageProblem(problem)));
        recordings = new SdkRecordingsGateway(gateway::settings);
        window.attachRecordings(recordings, stage, getHostServices()::showDocument);
        String firstChoice = connection.initialChoice(useDemo, commandLine.profile());
        connection.select(firstChoice);
        if (profiles.problems().contains(profilesLoading)) {
            String cliProfile = commandLine.profile();
            profileReading.whenLoaded(loaded -> connection.profilesLoaded(loaded, firstChoice, useDemo, cliProfile));
        }
        String firstArn = commandLine.arn() != null ? commandLine.arn() : useDemo ? sampleArn : null;
        stage.setTitle(Messages.text("app.title"));
        restorePanes(window.layout(), layout.panes());
        WindowPlacement place = WindowPlacement.of(layout, Screen.getPrimary().getVisualBounds(),
                layout.equals(WindowLayout.DEFAULT));
        Scene scene = new Scene(window.root(), place.width(), place.height());
        themes.prepare(scene);
        stage.setScene(scene);
        if (firstArn != null) {
            window.inspector().arnTextProperty().set(firstArn);
        }
        boolean fetchingAtStart = commandLine.arn() != null;
        if (fetchingAtStart) {
            // Fetched on a background thread while the window is laid out; the answer is shown right after.
            window.inspector().fetch();
        } else if (firstArn != null) {
            executor.whenReleased(() -> Startup.prepareClientInBackground(gateway, firstArn));
        }
        placeOnScreen(stage, place);
        Rectangle2D minimum = WindowPlacement.minimumSize(Screen.getPrimary().getVisualBounds());
        stage.setMinWidth(minimum.getWidth());
        stage.setMinHeight(minimum.getHeight());
        window.setDividers(layout.browseDivider(), layout.inspectorDivider());
        stage.setOnHidden(e -> layouts.save(currentLayout(stage, window, layout)));
        // Not earlier: decoding beside the FXML loads delays the window (docs/PERFORMANCE.md).
        AppIcons.applyInBackground(stage);
        // What waited for a sign-in (All accounts pressed without one, the refresh at start) runs once one reaches
        // the accounts.
        accounts.reachableProperty().addListener((obs, was, now) -> {
            if (now) {
                allAccounts.signedIn();
            }
        });
        if (Files.exists(inventoryFile)) {
            // The organization's inventory opens with the app, at once, as last stored, and is refreshed in the
            // background once a sign-in reaches the accounts, marking what is new, changed or gone.
            window.browse().showAllAccountsInventory();
            allAccounts.refreshOnceSignedIn();
        }
        stage.show();
        // Only now may background work compete with the FX thread for the CPU (see FxTaskExecutor).
        executor.release();
        refusedEndpoint.ifPresent(problem -> RefusedEndpointNotice.show(stage, problem, messages));
        Startup.afterFirstShow(stage, window.inspector(), fetchingAtStart);
        Startup.makeAotCacheInBackground(LAUNCHER, trainingArguments());
    }

    /** What the training run for the AOT cache opens: the demo account with its richest sample fetched. */
    static List<String> trainingArguments() {
        return List.of("--demo", SampleAccount.standardSampleArns().get(0));
    }

    /** The demo endpoint starts on first use: only when the demo account is chosen. */
    private synchronized URI demoEndpoint() {
        if (demo == null) {
            // CREATING samples turn ACTIVE after a few reads, so the inspector's polling can be seen at work.
            demo = DemoEndpoint.start(SampleAccount.standard().withCreatingSettlingAfter(3),
                    SampleOrganization.standard(), 0);
            LOG.info("Demo account endpoint on {}", demo.uri());
        }
        return demo.uri();
    }

    /** The last position, if it is still on a screen (a monitor may have been unplugged since). */
    private static void placeOnScreen(Stage stage, WindowPlacement place) {
        if (!Double.isNaN(place.x()) && !Screen.getScreensForRectangle(place.x(), place.y(), 100, 100).isEmpty()) {
            stage.setX(place.x());
            stage.setY(place.y());
        }
        stage.setMaximized(place.maximized());
    }

    private static void restorePanes(LayoutState state, WindowLayout.Panes panes) {
        state.fieldColumnWidthProperty().set(panes.fieldColumnWidth());
        state.browseCollapsedProperty().set(panes.browseCollapsed());
        state.detailsCollapsedProperty().set(panes.detailsCollapsed());
        state.fontScaleProperty().set(panes.fontScale());
    }

    private static WindowLayout.Panes panes(LayoutState state) {
        return new WindowLayout.Panes(state.fieldColumnWidthProperty().get(), state.browseCollapsedProperty().get(),
                state.detailsCollapsedProperty().get(), state.fontScaleProperty().get());
    }

    private static WindowLayout currentLayout(Stage stage, MainWindow window, WindowLayout previous) {
        double[] dividers = window.dividers();
        boolean maximized = stage.isMaximized();
        // A maximized window's size is the screen's: keep the size it had before, as far as we know it.
        return new WindowLayout(stage.getX(), stage.getY(), maximized ? previous.width() : stage.getWidth(),
                maximized ? previous.height() : stage.getHeight(), maximized, dividers[0], dividers[1],
                window.themes().choiceProperty().get().id(), panes(window.layout()));
    }

    @Override
    public void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (recordings != null) {
            recordings.close();
        }
        if (demo != null) {
            demo.close();
        }
    }
}
