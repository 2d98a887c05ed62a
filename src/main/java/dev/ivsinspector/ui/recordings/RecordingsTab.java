package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.RecordingsGateway;
import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.store.ThumbnailDiskCache;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.FxmlViews;
import dev.ivsinspector.ui.common.LateAttach;
import dev.ivsinspector.ui.common.Shortcut;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.time.Clock;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * Puts the Recordings tab into the inspector's tabs, after "Used by channels", and keeps it on the
 * configuration shown. The bucket is read only while the tab is open: looking at a configuration costs no
 * S3 calls until someone asks for its recordings.
 */
public final class RecordingsTab {
    /** Decoded thumbnails kept in memory: about 1,500 list pictures (160×90) or 600 strip ones. */
    public static final long MEMORY_BUDGET = 96L << 20;
    /** Opens the tab from anywhere in the window. */
    public static final KeyCombination SHORTCUT = Shortcut.OPEN_RECORDINGS.key();
    /**
     * Thumbnail fetches at once. Each fetch decodes its JPEG on arrival: with more workers than this, a two-core
     * machine left the FX thread and the renderer waiting for a core while a fast scroll asked for pictures.
     */
    public static final int THREADS = 2;

    private final RecordingsViewModel viewModel;
    private final ThumbnailImages images;
    private final Tab tab;
    private RecordingConfiguration loaded;

    private RecordingsTab(RecordingsViewModel viewModel, ThumbnailImages images, Tab tab) {
        this.viewModel = viewModel;
        this.images = images;
        this.tab = tab;
    }

    /** @param doctorReport the Doctor tab's report of the configuration shown: why a session may not have recorded */
    public static RecordingsTab attach(TabPane tabs, ObservableValue<RecordingConfiguration> shown, IvsGateway ivs,
                                       RecordingsGateway recordings, TaskExecutor executor, DesktopServices desktop,
                                       ObservableValue<DoctorReport> doctorReport) {
        ResourceBundle messages = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");
        RecordingsViewModel viewModel = new RecordingsViewModel(ivs, recordings, executor, desktop, messages,
                Clock.systemUTC(), doctorReport);
        ThumbnailImages images = new ThumbnailImages(ThumbnailDiskCache.forUser(), MEMORY_BUDGET, THREADS);
        Runnable openDoctor = () -> tabs.getTabs().stream().filter(t -> "doctorTab".equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        Tab tab = new Tab(messages.getString("recordings.tab"));
        tab.setId("recordingsTab");
        LateAttach.buildWhenSelected(tab, () -> FxmlViews.load(RecordingsView.class, "RecordingsView.fxml", messages,
                new RecordingsView(viewModel, images, messages, openDoctor)));
        int channels = tabs.getTabs().indexOf(tabs.getTabs().stream()
                .filter(t -> "channelsTab".equals(t.getId())).findFirst().orElse(null));
        tabs.getTabs().add(channels < 0 ? tabs.getTabs().size() : channels + 1, tab);
        RecordingsTab recordingsTab = new RecordingsTab(viewModel, images, tab);
        shown.addListener((obs, was, now) -> recordingsTab.follow(now));
        tabs.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(SHORTCUT, recordingsTab::open);
            }
        });
        tab.selectedProperty().addListener((obs, was, selected) -> recordingsTab.follow(shown.getValue()));
        return recordingsTab;
    }

    /**
     * The tab pane with {@code id} under {@code root}, found before the window is shown: a split pane has no
     * children until its skin exists, so its items are walked instead of relying on lookup.
     */
    public static TabPane findTabs(Node root, String id) {
        if (root instanceof TabPane tabs && id.equals(tabs.getId())) {
            return tabs;
        }
        List<Node> children = root instanceof SplitPane split ? split.getItems()
                : root instanceof Parent parent ? parent.getChildrenUnmodifiable() : List.of();
        for (Node child : children) {
            TabPane found = findTabs(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Shows the tab and puts the keyboard in its list. */
    public void open() {
        tab.getTabPane().getSelectionModel().select(tab);
        javafx.scene.Node list = tab.getContent().lookup("#recordingsList");
        if (list != null) {
            list.requestFocus();
        }
    }

    private void follow(RecordingConfiguration configuration) {
        if (configuration == null) {
            loaded = null;
            viewModel.clear();
        } else if (tab.isSelected() && configuration != loaded) {
            loaded = configuration;
            viewModel.show(configuration);
        }
    }

    public RecordingsViewModel viewModel() {
        return viewModel;
    }

    public ThumbnailImages images() {
        return images;
    }

    public Tab tab() {
        return tab;
    }
}
