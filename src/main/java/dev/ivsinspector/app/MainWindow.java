package dev.ivsinspector.app;

import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.model.FieldDocs;
import dev.ivsinspector.model.ResponseTree;
import dev.ivsinspector.ui.common.BackgroundRunner;
import dev.ivsinspector.ui.common.ErrorMessages;
import dev.ivsinspector.ui.common.FxDialogService;
import dev.ivsinspector.ui.inspector.InspectorView;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.LinkedHashSet;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.layout.VBox;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import dev.ivsinspector.store.ConfigDirectory;
import dev.ivsinspector.store.HistoryStore;
import dev.ivsinspector.ui.inspector.HistoryViewModel;
import dev.ivsinspector.ui.common.FxDesktopServices;
import org.slf4j.LoggerFactory;
import dev.ivsinspector.ui.browse.BrowseView;
import dev.ivsinspector.ui.browse.BrowseViewModel;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.SplitPane;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/**
 * The main window's content: the demo banner when it applies and the inspector, wired to its services.
 * Kept apart from the Application so UI tests can put the real window content on their own stage.
 */
public final class MainWindow {

    /** What the window needs from the application. */
    public record Services(IvsGateway gateway, boolean demo, List<String> sampleArns, String browseRegion) {
    }

    private final BorderPane root;
    private final InspectorViewModel inspector;
    private final BrowseViewModel browse;
    private final HistoryViewModel history;
    private final Parent inspectorRoot;
    private final SplitPane split;
    private final Themes themes;
    private final ObservableList<String> compareChoices;

    /** One daemon thread writes the small settings files, in order, off the FX thread. */
    private static final Executor SAVER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "settings-writer");
        thread.setDaemon(true);
        return thread;
    });

    public MainWindow(Window owner, Services services) {
        this(owner, services, url -> LoggerFactory.getLogger(MainWindow.class).info("No browser to open {}", url));
    }

    /** @param browser opens a URL in the system browser (the Application's HostServices) */
    public MainWindow(Window owner, Services services, Consumer<String> browser) {
        BackgroundRunner runner = new BackgroundRunner();
        inspector = new InspectorViewModel(services.gateway(), new ResponseTree(FieldDocs.load()),
                runner, new FxDialogService(() -> owner), ErrorMessages.load(), FxDesktopServices.create(() -> owner, browser));
        inspector.suggestedArns().setAll(services.sampleArns());
        history = new HistoryViewModel(inspector.shownConfigurationProperty(), inspector.suggestedArns(),
                new HistoryStore(ConfigDirectory.resolve()), SAVER, Clock.systemUTC());
        browse = new BrowseViewModel(services.gateway(), Platform::runLater, inspector::open);
        browse.loadRegions(services.browseRegion());
        inspectorRoot = load(InspectorView.class, "InspectorView.fxml", new InspectorView(inspector, history));
        split = new SplitPane(load(BrowseView.class, "BrowseView.fxml", new BrowseView(browse)), inspectorRoot);
        split.setDividerPositions(0.36);
        root = new BorderPane(split);
        themes = new Themes(false);
        compareChoices = compareChoices(history, browse);
        VBox top = new VBox(new MainMenu(themes, () -> openCompare(owner, services.gateway(), runner)).bar());
        if (services.demo()) {
            top.getChildren().add(demoBanner());
        }
        root.setTop(top);
    }

    public BrowseViewModel browse() {
        return browse;
    }

    public Parent root() {
        return root;
    }

    /** Compare: the configuration shown on the left, the next offered one on the right. */
    private void openCompare(Window owner, IvsGateway gateway, BackgroundRunner runner) {
        String left = inspector.shownArnProperty().get();
        String right = compareChoices.stream().filter(arn -> !arn.equals(left)).findFirst().orElse(null);
        CompareWindow.open(owner, gateway, runner, left, left == null ? null : right, compareChoices, history::label);
    }

    /** History and samples first, then every configuration the browse list has loaded. */
    private static ObservableList<String> compareChoices(HistoryViewModel history, BrowseViewModel browse) {
        ObservableList<String> choices = FXCollections.observableArrayList();
        Runnable update = () -> {
            LinkedHashSet<String> all = new LinkedHashSet<>(history.choices());
            browse.allRows().forEach(row -> all.add(row.arn()));
            choices.setAll(all);
        };
        history.choices().addListener((Observable o) -> update.run());
        browse.allRows().addListener((Observable o) -> update.run());
        update.run();
        return choices;
    }

    public Themes themes() {
        return themes;
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

    public HistoryViewModel history() {
        return history;
    }

    public InspectorViewModel inspector() {
        return inspector;
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
                + " To use your own, configure AWS (aws configure) or start with --profile NAME.");
        banner.setId("demoBanner");
        banner.getStyleClass().add("demo-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff4ce; -fx-text-fill: #3b2e00; -fx-padding: 6 10;"
                + " -fx-border-color: transparent transparent #e0c97a transparent;");
        return banner;
    }
}
