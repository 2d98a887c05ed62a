package dev.ivsinspector.ui.doctor;

import dev.ivsinspector.model.doctor.CheckStatus;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The doctor's one line on the Configuration tab: the most likely cause, or how the checks came out. */
public final class DoctorSummaryView {
    private final DoctorViewModel viewModel;

    @FXML private Label doctorSummary;

    public DoctorSummaryView(DoctorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        doctorSummary.textProperty().bind(viewModel.summaryProperty());
        doctorSummary.visibleProperty().bind(viewModel.summaryProperty().isNotEmpty());
        doctorSummary.managedProperty().bind(doctorSummary.visibleProperty());
        // Red for a cause, amber for warnings or no cause found, plain for a clean report.
        viewModel.headlineStatusProperty().addListener((obs, was, now) -> {
            doctorSummary.getStyleClass().removeAll("doctor-finding", "doctor-warning");
            if (now == CheckStatus.FAILED) {
                doctorSummary.getStyleClass().add("doctor-finding");
            } else if (now != null) {
                doctorSummary.getStyleClass().add("doctor-warning");
            }
        });
    }
}
