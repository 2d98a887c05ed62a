package dev.ivsinspector.ui.doctor;

import dev.ivsinspector.model.recreate.RecreateFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** "Recreate as…": binds the format choice, the bucket fix, the text and Copy/Save to {@link RecreateViewModel}. */
public final class RecreateView {
    private final RecreateViewModel viewModel;

    @FXML private ResourceBundle resources;
    @FXML private ChoiceBox<RecreateFormat> formatChoice;
    @FXML private TextField bucketField;
    @FXML private Label bucketProblem;
    @FXML private TextArea output;
    @FXML private Button copyButton;
    @FXML private Button saveButton;
    @FXML private Label message;

    public RecreateView(RecreateViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        formatChoice.getItems().setAll(RecreateFormat.values());
        formatChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(RecreateFormat format) {
                return format == null ? "" : resources.getString("recreate.format." + format.name());
            }

            @Override
            public RecreateFormat fromString(String s) {
                throw new UnsupportedOperationException("a ChoiceBox never parses");
            }
        });
        formatChoice.valueProperty().bindBidirectional(viewModel.formatProperty());
        bucketField.textProperty().bindBidirectional(viewModel.bucketProperty());
        bucketProblem.textProperty().bind(viewModel.bucketProblemProperty());
        bucketProblem.visibleProperty().bind(viewModel.bucketProblemProperty().isNotEmpty());
        bucketProblem.managedProperty().bind(bucketProblem.visibleProperty());
        output.textProperty().bind(viewModel.outputProperty());
        copyButton.disableProperty().bind(viewModel.outputProperty().isEmpty());
        saveButton.disableProperty().bind(viewModel.outputProperty().isEmpty());
        message.textProperty().bind(viewModel.messageProperty());
    }

    @FXML
    private void onCopy() {
        viewModel.copy();
    }

    @FXML
    private void onSave() {
        viewModel.save();
    }
}
