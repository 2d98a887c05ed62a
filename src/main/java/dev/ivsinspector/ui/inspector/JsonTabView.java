package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.ui.common.LateAttach;
import dev.ivsinspector.ui.common.Messages;
import javafx.beans.Observable;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.text.TextFlow;

/** Controller of JsonTabView.fxml: the configuration as coloured JSON, with copy and export. */
public final class JsonTabView {

    private final JsonViewModel json;

    @FXML private Button copyJsonButton;
    @FXML private Button exportJsonButton;
    @FXML private Label jsonMessage;
    @FXML private TextFlow jsonFlow;
    private Tab tab;
    /** The JSON text the flow shows, so reselecting the tab does not rebuild it. */
    private String shownJson;

    public JsonTabView(JsonViewModel json) {
        this.json = json;
    }

    @FXML
    private void initialize() {
        copyJsonButton.disableProperty().bind(json.availableProperty().not());
        exportJsonButton.disableProperty().bind(json.availableProperty().not());
        jsonMessage.textProperty().bind(json.messageProperty());
        jsonFlow.setAccessibleText(Messages.text("json.flow.accessible"));
    }

    /**
     * The coloured text is hundreds of nodes: made only while its tab is showing, not on every fetch, and the
     * tab's content joins the window when the tab is first opened.
     */
    void showIn(Tab tab) {
        this.tab = tab;
        // An invalidation listener: the JSON is printed only when read, and read only while its tab shows.
        json.jsonProperty().addListener((Observable o) -> showIfVisible());
        tab.selectedProperty().addListener((obs, was, selected) -> showIfVisible());
        LateAttach.whenSelected(tab);
    }

    @FXML
    private void onCopyJson() {
        json.copy();
    }

    @FXML
    private void onExportJson() {
        json.export();
    }

    private void showIfVisible() {
        if (!tab.isSelected()) {
            return;
        }
        String text = json.jsonProperty().get();
        if (!text.equals(shownJson)) {
            shownJson = text;
            JsonFlows.show(jsonFlow, text);
        }
    }
}
