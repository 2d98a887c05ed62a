package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.ui.common.LateAttach;
import dev.ivsinspector.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Controller of ChannelsTabView.fxml: the channels that record with the shown configuration. */
public final class ChannelsTabView {

    private final ChannelsViewModel channels;

    @FXML private Label channelsMessage;
    @FXML private TableView<ChannelRow> channelsTable;
    @FXML private TableColumn<ChannelRow, String> channelNameColumn;
    @FXML private TableColumn<ChannelRow, String> channelTypeColumn;
    @FXML private TableColumn<ChannelRow, String> channelLatencyColumn;
    @FXML private TableColumn<ChannelRow, String> channelArnColumn;

    public ChannelsTabView(ChannelsViewModel channels) {
        this.channels = channels;
    }

    @FXML
    private void initialize() {
        channelsMessage.textProperty().bind(channels.messageProperty());
        channelsTable.setItems(channels.channels());
        channelsTable.setAccessibleText(Messages.text("channels.table.accessible"));
        channelNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        channelTypeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type()));
        channelLatencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().latencyMode()));
        channelArnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().arn()));
    }

    /** The tab's title counts the channels; its table joins the window when the tab is first opened. */
    void showIn(Tab tab) {
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.format("channels.tab.count", channels.channels().size()), channels.channels()));
        LateAttach.whenSelected(tab);
    }
}
