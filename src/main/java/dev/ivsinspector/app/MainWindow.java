package dev.ivsinspector.app;

import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.model.FieldDocs;
import dev.ivsinspector.model.ResponseTree;
import dev.ivsinspector.ui.browse.BrowseView;
import dev.ivsinspector.ui.browse.BrowseViewModel;
import dev.ivsinspector.ui.common.BackgroundRunner;
import dev.ivsinspector.ui.common.ErrorMessages;
import dev.ivsinspector.ui.common.FxDialogService;
import dev.ivsinspector.ui.connection.ConnectionView;
import dev.ivsinspector.ui.connection.ConnectionViewModel;
import dev.ivsinspector.ui.inspector.InspectorView;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
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
     * @param connection the connection bar's view-model, or null for a fixed connection (some tests)
     */
    public record Services(IvsGateway gateway, boolean demo, List<String> sampleArns, String browseRegion,
                           ConnectionViewModel connection, BackgroundRunner runner) {

        public Services(IvsGateway gateway, boolean demo, List<String> sampleArns, String browseRegion) {
            this(gateway, demo, sampleArns, browseRegion, null, new BackgroundRunner());
        }
    }

    private final BorderPane root;
    private final InspectorViewModel inspector;
    private final BrowseViewModel browse;

    public MainWindow(Window owner, Services services) {
        inspector = new InspectorViewModel(services.gateway(), new ResponseTree(FieldDocs.load()),
                services.runner(), new FxDialogService(() -> owner), ErrorMessages.load());
        browse = new BrowseViewModel(services.gateway(), Platform::runLater, inspector::open);
        browse.loadRegions(services.browseRegion());
        SplitPane split = new SplitPane(load(BrowseView.class, "BrowseView.fxml", new BrowseView(browse)),
                load(InspectorView.class, "InspectorView.fxml", new InspectorView(inspector)));
        split.setDividerPositions(0.36);
        root = new BorderPane(split);

        ConnectionViewModel connection = services.connection();
        ObservableBooleanValue demo = connection == null ? new SimpleBooleanProperty(services.demo())
                : connection.demoProperty();
        Label banner = demoBanner();
        banner.visibleProperty().bind(demo);
        banner.managedProperty().bind(demo);
        // Sample ARNs belong to the demo account only; offering them for a real account would mislead.
        demo.addListener((obs, was, isDemo) -> inspector.suggestedArns().setAll(isDemo ? services.sampleArns() : List.of()));
        inspector.suggestedArns().setAll(demo.get() ? services.sampleArns() : List.of());
        VBox top = new VBox(banner);
        if (connection != null) {
            top.getChildren().add(0, load(ConnectionView.class, "ConnectionView.fxml", new ConnectionView(connection)));
            inspector.setErrorRecovery(connection);
            connection.setOnRegionChanged(region -> {
                browse.regionProperty().set(region);
                browse.refresh();
            });
        }
        root.setTop(top);
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
        banner.setStyle("-fx-background-color: #fff4ce; -fx-padding: 6 10;"
                + " -fx-border-color: transparent transparent #e0c97a transparent;");
        return banner;
    }
}
