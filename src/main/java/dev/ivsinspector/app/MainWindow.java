package dev.ivsinspector.app;

import dev.ivsinspector.aws.SdkDoctorService;
import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.ui.doctor.DoctorViewModels;
import java.util.ResourceBundle;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.RecordingsGateway;
import dev.ivsinspector.ui.recordings.RecordingsTab;
import dev.ivsinspector.model.FieldDocs;
import dev.ivsinspector.model.ResponseTree;
import dev.ivsinspector.ui.browse.BrowseView;
import dev.ivsinspector.ui.browse.BrowseViewModel;
import dev.ivsinspector.ui.common.ErrorMessages;
import dev.ivsinspector.ui.common.TaskExecutor;
import dev.ivsinspector.ui.common.FxDialogService;
import dev.ivsinspector.ui.connection.ConnectionView;
import dev.ivsinspector.ui.connection.ConnectionViewModel;
import dev.ivsinspector.ui.inspector.InspectorViews;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import dev.ivsinspector.store.ConfigDirectory;
import dev.ivsinspector.store.HistoryStore;
import dev.ivsinspector.ui.common.FxDesktopServices;
import dev.ivsinspector.ui.inspector.HistoryViewModel;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window's content: the connection bar, the demo banner when it applies, and browse beside the
 * inspector, wired to their services. Kept apart from the Application so UI tests can put the real window
 * content on their own stage.
 */
public final class MainWindow {

    /**
     * What the window needs from the application.
     *
     * @param sampleArns   the demo account's sample ARNs, offered in the ARN field while the demo is used
     * @param browseRegion the region browse lists first, or null for the SDK's default
     */
    public record Services(IvsGateway gateway, List<String> sampleArns, String browseRegion,
                           ConnectionViewModel connection, TaskExecutor executor) {
    }

    private final BorderPane root;
    private final InspectorViewModel inspector;
    private final BrowseViewModel browse;
    private final HistoryViewModel history;
    private final Parent inspectorRoot;
    private final SplitPane split;
    private final Themes themes;
    private final IvsGateway ivsGateway;
    private final TaskExecutor executor;

    /**
     * @param browser opens a URL in the system browser (the Application's HostServices)
     * @param themes  the app's themes; the app applies one before building the window, so JavaFX never loads
     *                its default stylesheet only to replace it
     */
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");

    public MainWindow(Window owner, Services services, Consumer<String> browser, Themes themes) {
        this.themes = themes;
        this.ivsGateway = services.gateway();
        this.executor = services.executor();
        inspector = new InspectorViewModel(services.gateway(), new ResponseTree(FieldDocs.load()), executor,
                new FxDialogService(() -> owner), ErrorMessages.load(), FxDesktopServices.create(() -> owner, browser),
                InspectorViewModel.DEFAULT_POLL_DELAYS);
        history = new HistoryViewModel(inspector.shownConfigurationProperty(), inspector.suggestedArns(),
                new HistoryStore(ConfigDirectory.resolve()), executor, Clock.systemUTC());
        browse = new BrowseViewModel(services.gateway(), executor, inspector::open);
        browse.loadRegions(services.browseRegion());
        inspectorRoot = services.gateway() instanceof SwitchableGateway connected
                ? InspectorViews.load(inspector, history, doctor(connected, executor, owner, browser), MESSAGES)
                : InspectorViews.load(inspector, history);
        split = new SplitPane(load(BrowseView.class, "BrowseView.fxml", new BrowseView(browse)), inspectorRoot);
        split.setDividerPositions(0.32);
        root = new BorderPane(split);

        ConnectionViewModel connection = services.connection();
        ObservableBooleanValue demo = connection.demoProperty();
        Label banner = demoBanner();
        banner.visibleProperty().bind(demo);
        banner.managedProperty().bind(demo);
        // Sample ARNs belong to the demo account only; offering them for a real account would mislead.
        demo.addListener((obs, was, isDemo) -> inspector.suggestedArns().setAll(isDemo ? services.sampleArns() : List.of()));
        inspector.suggestedArns().setAll(demo.get() ? services.sampleArns() : List.of());
        VBox top = new VBox(banner);
        // The menu shares its row with the connection bar: every pixel of height goes to the configuration tree.
        HBox menuRow = new HBox();
        menuRow.getStyleClass().add("menu-row");
        top.getChildren().add(0, menuRow);
        Parent bar = load(ConnectionView.class, "ConnectionView.fxml", new ConnectionView(connection));
        HBox.setHgrow(bar, Priority.ALWAYS);
        menuRow.getChildren().add(bar);
        inspector.setErrorRecovery(connection);
        // Regions that failed for want of a sign-in are listed again once it happened.
        connection.setOnSignedIn(browse::continueLoading);
        // Another connection means another account: list again even when the region stays the same.
        connection.setOnRegionChanged(region -> {
            if (region.equals(browse.regionProperty().get())) {
                browse.refresh();
            } else {
                browse.regionProperty().set(region);
            }
        });
        MenuBar menu = new MainMenu(themes, () -> openCompare(owner, services.gateway(), executor)).bar();
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menuRow.getChildren().add(0, menu);
        root.setTop(top);
    }

    /** Compare: the configuration shown on the left, the next offered one on the right. */
    private void openCompare(Window owner, IvsGateway gateway, TaskExecutor executor) {
        ObservableList<String> compareChoices = compareChoices(history, browse);
        String left = inspector.shownArnProperty().get();
        String right = compareChoices.stream().filter(arn -> !arn.equals(left)).findFirst().orElse(null);
        CompareWindow.open(owner, gateway, executor, left, left == null ? null : right, compareChoices, history::label);
    }

    /**
     * History and samples first, then every configuration the browse list has loaded, as they are when
     * Compare opens (kept up to date, this list cost every fetch and every browse page a pass over all rows).
     */
    private static ObservableList<String> compareChoices(HistoryViewModel history, BrowseViewModel browse) {
        LinkedHashSet<String> all = new LinkedHashSet<>(history.choices());
        browse.allRows().forEach(row -> all.add(row.arn()));
        return FXCollections.observableArrayList(all);
    }

    /** Adds the Recordings tab, reading recordings through {@code recordings}. */
    public RecordingsTab attachRecordings(RecordingsGateway recordings, Window owner, Consumer<String> browser) {
        return RecordingsTab.attach(RecordingsTab.findTabs(inspectorRoot, "tabs"), inspector.shownConfigurationProperty(),
                ivsGateway, recordings, executor, FxDesktopServices.create(() -> owner, browser));
    }

    public Themes themes() {
        return themes;
    }

    public HistoryViewModel history() {
        return history;
    }

    /** Divider positions: browse|inspector, then tree|details inside the inspector. */
    public double[] dividers() {
        return new double[] {split.getDividerPositions()[0], innerSplit().getDividerPositions()[0]};
    }

    public void setDividers(double browse, double inspectorDetails) {
        split.setDividerPositions(browse);
        innerSplit().setDividerPositions(inspectorDetails);
    }

    private SplitPane innerSplit() {
        return (SplitPane) inspectorRoot.lookup("#split");
    }

    public Parent root() {
        return root;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public BrowseViewModel browse() {
        return browse;
    }

    private static Parent load(Class<?> view, String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(view.getResource(fxml));
        loader.setControllerFactory(type -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(fxml + " could not be loaded", e);
        }
    }

    private static Label demoBanner() {
        Label banner = new Label("Demo account: sample data, not your AWS account."
                + " To use your own, pick a profile above, or configure AWS with \"aws configure\".");
        banner.setId("demoBanner");
        banner.getStyleClass().add("demo-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff4ce; -fx-text-fill: #3b2e00; -fx-padding: 6 10;"
                + " -fx-border-color: transparent transparent #e0c97a transparent;");
        return banner;
    }

    /** The recording doctor asks S3, IAM and STS with whatever connection the gateway has when it runs. */
    private DoctorViewModels doctor(SwitchableGateway gateway, TaskExecutor executor, Window owner,
            Consumer<String> browser) {
        return DoctorViewModels.of(inspector, new SdkDoctorService(gateway::settings, MESSAGES), executor,
                FxDesktopServices.create(() -> owner, browser), MESSAGES);
    }
}
