package dev.ivsinspector.ui.doctor;

import dev.ivsinspector.model.doctor.CheckStatus;
import dev.ivsinspector.ui.common.StepSpinner;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The Doctor tab: binds the headline, the tree of checks and "Check again" to {@link DoctorViewModel}. */
public final class DoctorView {
    private static final List<String> STATUS_STYLES = List.of("doctor-PASSED", "doctor-FAILED", "doctor-WARNING",
            "doctor-NOT_CHECKED");

    private final DoctorViewModel viewModel;

    @FXML private Label headline;
    @FXML private Label summary;
    @FXML private TreeView<DoctorLine> checks;
    @FXML private Button runButton;
    @FXML private StepSpinner busy;

    public DoctorView(DoctorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        headline.textProperty().bind(viewModel.headlineProperty());
        headline.visibleProperty().bind(viewModel.headlineProperty().isNotEmpty());
        headline.managedProperty().bind(headline.visibleProperty());
        viewModel.headlineStatusProperty().addListener((obs, was, now) -> styleHeadline(now));
        styleHeadline(viewModel.headlineStatusProperty().get());
        summary.textProperty().bind(viewModel.progressProperty());
        busy.visibleProperty().bind(viewModel.runningProperty());
        runButton.disableProperty().bind(viewModel.runningProperty().or(Bindings.createBooleanBinding(
                () -> viewModel.shownConfiguration().getValue() == null, viewModel.shownConfiguration())));
        checks.setRoot(new TreeItem<>());
        checks.setCellFactory(tree -> new LineCell());
        viewModel.linesProperty().addListener((obs, was, now) -> show(now));
        show(viewModel.linesProperty().get());
    }

    /** Red for a cause; amber for warnings, or when no cause was found. */
    private void styleHeadline(CheckStatus status) {
        headline.getStyleClass().remove("doctor-headline-warning");
        if (status != null && status != CheckStatus.FAILED) {
            headline.getStyleClass().add("doctor-headline-warning");
        }
    }

    private void show(List<DoctorLine> lines) {
        TreeItem<DoctorLine> root = new TreeItem<>();
        for (DoctorLine line : lines) {
            TreeItem<DoctorLine> item = item(line);
            // Findings open; passed checks stay folded so the problems stand out.
            item.setExpanded(line.status() != CheckStatus.PASSED);
            root.getChildren().add(item);
        }
        checks.setRoot(root);
    }

    private static TreeItem<DoctorLine> item(DoctorLine line) {
        TreeItem<DoctorLine> item = new TreeItem<>(line);
        line.children().forEach(child -> item.getChildren().add(item(child)));
        return item;
    }

    @FXML
    private void onRun() {
        viewModel.run();
    }

    /** Shows a line's text, styled by its check's status. */
    private static final class LineCell extends TreeCell<DoctorLine> {
        LineCell() {
            // As wide as the tree, not as the longest explanation: long lines wrap instead of scrolling sideways.
            setPrefWidth(0);
            setWrapText(true);
        }

        @Override
        protected void updateItem(DoctorLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(STATUS_STYLES);
            setText(empty || line == null ? null : line.text());
            if (!empty && line != null && line.status() != null) {
                getStyleClass().add("doctor-" + line.status().name());
            }
        }
    }
}
