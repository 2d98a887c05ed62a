package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.ui.inspector.JsonFlows;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;

/** Binds RecordingsView.fxml to its view-model; the list's cells and the strip do the drawing. */
public final class RecordingsView {
    /** Rows before the end at which the next page is asked for, so scrolling rarely waits. */
    private static final int PREFETCH_ROWS = 10;

    private final RecordingsViewModel viewModel;
    private final ThumbnailImages images;
    private final ResourceBundle messages;
    private final Runnable openDoctor;

    @FXML private ListView<RecordingRow> recordingsList;
    @FXML private Label message;
    @FXML private Label sessionsNote;
    @FXML private Button loadOlderButton;
    @FXML private ChoiceBox<Duration> validFor;
    @FXML private HBox strip;
    @FXML private Label selectedTitle;
    @FXML private Label feedback;
    @FXML private TextFlow metadataFlow;
    @FXML private FlowPane actions;

    /** @param openDoctor shows the Doctor tab (a session that did not record links to its findings) */
    public RecordingsView(RecordingsViewModel viewModel, ThumbnailImages images, ResourceBundle messages,
                          Runnable openDoctor) {
        this.viewModel = viewModel;
        this.images = images;
        this.messages = messages;
        this.openDoctor = openDoctor;
    }

    @FXML
    private void initialize() {
        Thumbnails thumbnails = new Thumbnails(images, viewModel::reader);
        RecordingText text = new RecordingText(messages, ZoneId.systemDefault());
        String noPicture = messages.getString("recordings.noPicture");
        recordingsList.setItems(viewModel.rows());
        recordingsList.setFixedCellSize(RecordingCell.THUMB_HEIGHT + 14);
        String doctorText = messages.getString("recordings.missed.doctor.open");
        recordingsList.setCellFactory(list -> new RecordingCell(text, thumbnails, this::shown,
                viewModel::rowHidden, noPicture, doctorText, openDoctor));
        message.textProperty().bind(viewModel.messageProperty());
        sessionsNote.textProperty().bind(viewModel.sessionsNoteProperty());
        loadOlderButton.disableProperty().bind(viewModel.moreAvailableProperty().not()
                .or(viewModel.loadingProperty()));
        validFor.getItems().setAll(RecordingActions.VALIDITY_CHOICES);
        validFor.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : d.toDays() > 0 ? d.toDays() + " d" : d.toHours() > 0 ? d.toHours() + " h"
                        : d.toMinutes() + " min";
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        validFor.valueProperty().bindBidirectional(viewModel.actions().validForProperty());
        feedback.textProperty().bind(viewModel.actions().feedbackProperty());
        // Coloured as the JSON tab colours a configuration.
        viewModel.actions().metadataJsonProperty().addListener((obs, was, json) -> JsonFlows.show(metadataFlow, json));
        ThumbnailStrip thumbnailStrip = new ThumbnailStrip(strip, thumbnails, noPicture);
        recordingsList.getSelectionModel().selectedItemProperty()
                .addListener((obs, was, row) -> viewModel.selectedProperty().set(row));
        actions.disableProperty().bind(viewModel.selectedProperty().isNull());
        viewModel.selectedProperty().addListener((obs, was, row) -> showSelected(row, thumbnailStrip, text));
        showSelected(null, thumbnailStrip, text);
    }

    private void showSelected(RecordingRow row, ThumbnailStrip thumbnailStrip, RecordingText text) {
        if (row == null) {
            selectedTitle.setText(messages.getString("recordings.choose"));
            thumbnailStrip.show(null, "");
            return;
        }
        selectedTitle.setText(row.channel().label() + "  ·  " + text.times(row));
        thumbnailStrip.show(row.detailsProperty().get(), messages.getString("recordings.strip.none"));
        row.detailsProperty().addListener((obs, was, details) -> {
            if (viewModel.selectedProperty().get() == row) {
                thumbnailStrip.show(details, messages.getString("recordings.strip.none"));
            }
        });
    }

    /** A cell shows {@code row}: read its details, and the next page when the end comes near. */
    private void shown(RecordingRow row, int index) {
        viewModel.rowShown(row);
        if (viewModel.rows().size() - index <= PREFETCH_ROWS) {
            viewModel.loadOlder();
        }
    }

    @FXML
    private void onLoadOlder() {
        viewModel.loadOlder();
    }

    @FXML
    private void onCopyS3Uri() {
        viewModel.actions().copyS3Uri(viewModel.selectedProperty().get());
    }

    @FXML
    private void onCopyObjectUrl() {
        viewModel.actions().copyPlaylistUrl(viewModel.selectedProperty().get());
    }

    @FXML
    private void onCopyPresigned() {
        viewModel.actions().copyPresignedUrl(viewModel.selectedProperty().get());
    }

    @FXML
    private void onOpenPlayer() {
        viewModel.actions().openInPlayer(viewModel.selectedProperty().get());
    }

    @FXML
    private void onOpenConsole() {
        viewModel.actions().openInConsole(viewModel.selectedProperty().get());
    }

    @FXML
    private void onShowMetadata() {
        viewModel.actions().showMetadata(viewModel.selectedProperty().get());
    }
}
