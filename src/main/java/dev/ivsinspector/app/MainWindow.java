package dev.ivsinspector.app;

import dev.ivsinspector.aws.SdkDoctorService;
import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.ui.common.FxmlViews;
import dev.ivsinspector.ui.doctor.DoctorViewModels;
import java.util.ResourceBundle;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.RecordingsGateway;
import dev.ivsinspector.ui.recordings.RecordingsTab;
import dev.ivsinspector.model.FieldDocs;
import dev.ivsinspector.model.ResponseTree;
import dev.ivsinspector.ui.accounts.OrganizationViewModels;
import dev.ivsinspector.ui.browse.BrowseView;
import dev.ivsinspector.ui.browse.BrowseViewModel;
import dev.ivsinspector.ui.common.ErrorMessages;
import dev.ivsinspector.ui.common.TaskExecutor;
import dev.ivsinspector.ui.common.FxDialogService;
import dev.ivsinspector.ui.connection.ConnectionView;
import dev.ivsinspector.ui.connection.ConnectionViewModel;
import dev.ivsinspector.ui.common.CollapsibleSplit;
import dev.ivsinspector.ui.common.LayoutState;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.PaneRoom;
import dev.ivsinspector.ui.common.Shortcut;
import dev.ivsinspector.ui.common.UiZoom;
import dev.ivsinspector.ui.inspector.InspectorViews;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
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
    private final DoctorViewModels doctor;
    private final LayoutState layout = new LayoutState();

    /**
     * @param browser opens a URL in the system browser (the Application's HostServices)
     * @param themes  the app's themes; the app applies one before building the window, so JavaFX never loads
     *                its default stylesheet only to replace it
     */
    public MainWindow(Window owner, Services services, Consumer<String> browser, Themes themes) {
        this.themes = themes;
        this.ivsGateway = services.gateway();
        this.executor = services.executor();
        inspector = new InspectorViewModel(services.gateway(), new ResponseTree(FieldDocs.load()), executor,
                new FxDialogService(() -> owner), ErrorMessages.load(), FxDesktopServices.create(() -> owner, browser),
                InspectorViewModel.DEFAULT_POLL_DELAYS);
        history = new HistoryViewModel(inspector.shownConfigurationProperty(), inspector.suggestedArns(),
                new HistoryStore(ConfigDirectory.resolve(), Clock.systemUTC()), executor, Clock.systemUTC());
        OrganizationViewModels organization = services.connection().accounts();
        browse = new BrowseViewModel(services.gateway(), executor, inspector::open,
                organization == null ? null : organization.allAccounts());
        browse.loadRegions(services.browseRegion());
        ResourceBundle messages = Messages.bundle();
        doctor = services.gateway() instanceof SwitchableGateway connected ? doctor(connected, executor, owner, browser)
                : DoctorViewModels.notConnected(inspector.shownConfigurationProperty(), messages);
        inspectorRoot = InspectorViews.load(inspector, history, doctor, layout, messages);
        Parent browseRoot = load(BrowseView.class, "BrowseView.fxml", new BrowseView(browse));
        split = new SplitPane(browseRoot, inspectorRoot);
        split.setDividerPositions(0.32);
        // The browse list keeps its width when the window grows or shrinks: the configuration gets the difference.
        SplitPane.setResizableWithParent(browseRoot, false);
        CollapsibleSplit browsePane = new CollapsibleSplit(split, CollapsibleSplit.Side.FIRST,
                layout.browseCollapsedProperty(), layout.browseTooNarrowProperty(),
                Messages.text("pane.browse.hide"), Messages.text("pane.browse.show"));
        root = new BorderPane(browsePane.node());
        root.getStylesheets().add(MainWindow.class.getResource("MainWindow.css").toExternalForm());
        PaneRoom.watch(layout, root, (Region) browseRoot, (Region) innerSplit().getItems().get(1));
        UiZoom zoom = UiZoom.attach(root, layout.fontScaleProperty());

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
        MenuBar menu = new MainMenu(inspector, layout, zoom, MainMenu.themeMenu(themes), new MainMenu.Actions(
                this::focusArnField, () -> quit(owner), () -> openCompare(owner, services.gateway(), executor),
                () -> layout.fieldColumnWidthProperty().set(Double.NaN), () -> HelpDialogs.shortcuts(owner).show(),
                () -> HelpDialogs.openDocumentation(owner, browser), () -> HelpDialogs.about(owner).show())).bar();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                bindAlternativeKeys(scene, zoom);
            }
        });
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menuRow.getChildren().add(0, menu);
        root.setTop(top);
    }

    /** The keys a menu item cannot show besides its own: "+" without Shift, the number pad's. */
    private static void bindAlternativeKeys(Scene scene, UiZoom zoom) {
        Map.of(Shortcut.ZOOM_IN, (Runnable) zoom::zoomIn, Shortcut.ZOOM_OUT, zoom::zoomOut, Shortcut.ZOOM_RESET, zoom::reset)
                .forEach((shortcut, action) -> shortcut.keys().stream().skip(1)
                        .forEach(key -> scene.getAccelerators().put(key, action)));
    }

    private void focusArnField() {
        if (root.lookup("#arnEditor") instanceof javafx.scene.control.TextField editor) {
            editor.requestFocus();
            editor.selectAll();
        }
    }

    /** File › Quit: closing the window saves its layout, as closing it with the title bar does. */
    private static void quit(Window owner) {
        owner.hide();
        Platform.exit();
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
                ivsGateway, recordings, executor, FxDesktopServices.create(() -> owner, browser),
                doctor.doctor().reportProperty());
    }

    public Themes themes() {
        return themes;
    }

    /** Collapsed panes, the Field column's width and the zoom: restored and saved by the app. */
    public LayoutState layout() {
        return layout;
    }

    public HistoryViewModel history() {
        return history;
    }

    /** Divider positions: browse|inspector, then tree|details inside the inspector. */
    public double[] dividers() {
        return new double[] {firstDivider(split), firstDivider(innerSplit())};
    }

    public void setDividers(double browse, double inspectorDetails) {
        split.setDividerPositions(browse);
        innerSplit().setDividerPositions(inspectorDetails);
    }

    /** NaN while a pane is collapsed: the stored layout then keeps its default. */
    private static double firstDivider(SplitPane pane) {
        return pane.getDividerPositions().length == 0 ? Double.NaN : pane.getDividerPositions()[0];
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
        return FxmlViews.load(view, fxml, Messages.bundle(), controller);
    }

    private static Label demoBanner() {
        Label banner = new Label(Messages.text("demo.banner"));
        banner.setId("demoBanner");
        banner.getStyleClass().add("demo-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        return banner;
    }

    /** The recording doctor asks S3, IAM and STS with whatever connection the gateway has when it runs. */
    private DoctorViewModels doctor(SwitchableGateway gateway, TaskExecutor executor, Window owner,
            Consumer<String> browser) {
        return DoctorViewModels.of(inspector.shownConfigurationProperty(), new SdkDoctorService(gateway::settings, Messages.bundle()), executor,
                FxDesktopServices.create(() -> owner, browser), Messages.bundle());
    }
}
