package dev.ivsinspector.ui.common;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Error dialogs owned by the main window: what happened and what to do in plain words, the technical
 * details (code, status, request id) in an expandable area ready to copy into a support case.
 * Dialogs are shown without blocking, so the caller (often a task callback) goes on at once.
 */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(ErrorReport report) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
            alert.initModality(Modality.WINDOW_MODAL);
        }
        alert.setTitle(report.title());
        alert.setHeaderText(report.header());
        Label meaning = wrapped(report.meaning(), "error-meaning");
        Label action = wrapped(report.action(), "error-action");
        VBox content = new VBox(10, meaning, action);
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);

        TextArea details = new TextArea(report.details());
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);
        details.getStyleClass().add("error-details");
        VBox.setVgrow(details, Priority.ALWAYS);
        alert.getDialogPane().setExpandableContent(new VBox(details));
        alert.setResizable(true);
        for (ErrorAction offered : report.actions()) {
            alert.getButtonTypes().add(0, new ButtonType(offered.label(), ButtonBar.ButtonData.OTHER));
        }
        if (!report.actions().isEmpty()) {
            // The offered way out (e.g. "Sign in…") is what the text asks for: Enter takes it, not OK.
            ((Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(alert.getButtonTypes().get(0))).setDefaultButton(true);
        }
        alert.setOnHidden(e -> report.actions().stream()
                .filter(offered -> alert.getResult() != null && alert.getResult().getText().equals(offered.label()))
                .findFirst().ifPresent(offered -> offered.action().run()));
        alert.show();
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
