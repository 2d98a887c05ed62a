package dev.ivsinspector.ui.doctor;

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
        viewModel.headlineProperty().addListener((obs, was, now) -> {
            doctorSummary.getStyleClass().remove("doctor-finding");
            if (!now.isEmpty()) {
                doctorSummary.getStyleClass().add("doctor-finding");
            }
        });
    }
}
