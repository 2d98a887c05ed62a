package dev.ivsinspector.ui.compare;

import dev.ivsinspector.model.ConfigurationDiff.Row;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.StepSpinner;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Controller of CompareView.fxml: binds the two ARN fields, the aligned table and the toggle. */
public final class CompareView {

    private static final String ABSENT = Messages.text("compare.status.absent");

    private final CompareViewModel viewModel;
    private final Function<String, String> labels;

    @FXML private ComboBox<String> leftField;
    @FXML private ComboBox<String> rightField;
    @FXML private javafx.scene.control.Label leftLabel;
    @FXML private javafx.scene.control.Label rightLabel;
    @FXML private Button compareButton;
    @FXML private CheckBox onlyDifferences;
    @FXML private StepSpinner busyIndicator;
    @FXML private TableView<Row> table;
    @FXML private TableColumn<Row, String> pathColumn;
    @FXML private TableColumn<Row, String> leftColumn;
    @FXML private TableColumn<Row, String> rightColumn;
    @FXML private Label message;

    /** @param labels how an ARN reads in the drop-downs (name, pin), e.g. the history's labels */
    public CompareView(CompareViewModel viewModel, Function<String, String> labels) {
        this.viewModel = viewModel;
        this.labels = labels;
    }

    @FXML
    private void initialize() {
        leftLabel.setLabelFor(leftField);
        rightLabel.setLabelFor(rightField);
        for (ComboBox<String> field : java.util.List.of(leftField, rightField)) {
            field.setItems(viewModel.choices());
            field.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(String arn, boolean empty) {
                    super.updateItem(arn, empty);
                    setText(empty || arn == null ? null : labels.apply(arn));
                }
            });
        }
        leftField.getEditor().setId("leftEditor");
        rightField.getEditor().setId("rightEditor");
        leftField.getEditor().textProperty().bindBidirectional(viewModel.leftArnProperty());
        rightField.getEditor().textProperty().bindBidirectional(viewModel.rightArnProperty());
        onlyDifferences.selectedProperty().bindBidirectional(viewModel.onlyDifferencesProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        compareButton.disableProperty().bind(viewModel.busyProperty());
        message.textProperty().bind(viewModel.messageProperty());

        table.setItems(viewModel.rows());
        pathColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path()));
        leftColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(shown(c.getValue().left())));
        rightColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(shown(c.getValue().right())));
        table.setRowFactory(t -> new DiffRow());
    }

    private static String shown(String value) {
        return value == null ? ABSENT : value;
    }

    @FXML
    private void onCompare() {
        viewModel.compare();
    }

    @FXML
    private void onSwap() {
        viewModel.swap();
    }

    /** Colours a row by how its two sides relate (style classes diff-changed, diff-only_left, ...). */
    private static final class DiffRow extends TableRow<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(c -> c.startsWith("diff-"));
            if (!empty && row != null) {
                getStyleClass().add("diff-" + row.status().name().toLowerCase(Locale.ROOT));
            }
        }
    }
}
