package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.model.recording.RecordingDetails;
import dev.ivsinspector.model.recording.RecordingStatus;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One recording in the list: its picture on the left, channel and status, times, and what it holds. The
 * cell asks for the row's details when it first shows it, and for its picture at the cell's size.
 */
final class RecordingCell extends ListCell<RecordingRow> {
    static final double THUMB_WIDTH = 160;
    static final double THUMB_HEIGHT = 90;
    private static final List<String> STATUS_STYLES = List.of("status-IN_PROGRESS", "status-ENDED", "status-FAILED",
            "status-UNKNOWN", "status-MISSED");

    private final RecordingText text;
    private final Thumbnails thumbnails;
    private final ObjIntConsumer<RecordingRow> onShown;
    private final Consumer<RecordingRow> onHidden;
    private final ImageView picture = new ImageView();
    private final Label placeholder = new Label();
    private final Label channel = new Label();
    private final Label status = new Label();
    private final Label times = new Label();
    private final Label facts = new Label();
    private final Label problem = new Label();
    private final Hyperlink doctorLink = new Hyperlink();
    private final HBox graphic;
    private final InvalidationListener refresh = obs -> refresh();
    private RecordingRow shown;
    private String pictureSource;

    /** @param doctor the doctor link's text and what it does (opens the Doctor tab) */
    RecordingCell(RecordingText text, Thumbnails thumbnails, ObjIntConsumer<RecordingRow> onShown,
                  Consumer<RecordingRow> onHidden, String noPicture, String doctorText, Runnable doctor) {
        this.text = text;
        this.thumbnails = thumbnails;
        this.onShown = onShown;
        this.onHidden = onHidden;
        picture.setFitWidth(THUMB_WIDTH);
        picture.setFitHeight(THUMB_HEIGHT);
        picture.setPreserveRatio(true);
        placeholder.setText(noPicture);
        placeholder.getStyleClass().add("thumbnail-placeholder");
        StackPane frame = new StackPane(placeholder, picture);
        frame.getStyleClass().add("thumbnail-frame");
        frame.setMinSize(THUMB_WIDTH, THUMB_HEIGHT);
        frame.setMaxSize(THUMB_WIDTH, THUMB_HEIGHT);
        channel.getStyleClass().add("recording-channel");
        status.getStyleClass().add("recording-status");
        times.getStyleClass().add("recording-times");
        facts.getStyleClass().add("recording-facts");
        problem.getStyleClass().add("recording-problem");
        doctorLink.setText(doctorText);
        doctorLink.setOnAction(e -> doctor.run());
        doctorLink.getStyleClass().add("recording-doctor-link");
        HBox title = new HBox(8, channel, status, doctorLink);
        title.setAlignment(Pos.CENTER_LEFT);
        VBox words = new VBox(2, title, times, facts, problem);
        graphic = new HBox(10, frame, words);
        graphic.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("recording-cell");
        // The list never scrolls sideways: long lines are cut with an ellipsis instead.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(RecordingRow row, boolean empty) {
        super.updateItem(row, empty);
        if (shown == row && !empty) {
            onShown.accept(shown, getIndex());
            return;
        }
        if (shown != null) {
            onHidden.accept(shown);
            shown.detailsProperty().removeListener(refresh);
            shown.sessionsProperty().removeListener(refresh);
            shown.detailsProblemProperty().removeListener(refresh);
            shown.missedReasonProperty().removeListener(refresh);
            shown.doctorFindingProperty().removeListener(refresh);
        }
        shown = empty ? null : row;
        if (shown == null) {
            setGraphic(null);
            return;
        }
        shown.detailsProperty().addListener(refresh);
        shown.sessionsProperty().addListener(refresh);
        shown.detailsProblemProperty().addListener(refresh);
        shown.missedReasonProperty().addListener(refresh);
        shown.doctorFindingProperty().addListener(refresh);
        setGraphic(graphic);
        refresh();
        onShown.accept(shown, getIndex());
    }

    private void refresh() {
        RecordingRow row = shown;
        channel.setText(row.channel().label());
        status.setText(text.status(row));
        RecordingDetails details = row.detailsProperty().get();
        String style = row.isMissedSession() ? "status-MISSED"
                : "status-" + (details == null ? RecordingStatus.UNKNOWN : details.status()).name();
        // Changing a style class restyles the cell: while scrolling most rows keep the class the cell had.
        if (!status.getStyleClass().contains(style)) {
            status.getStyleClass().removeAll(STATUS_STYLES);
            status.getStyleClass().add(style);
        }
        times.setText(text.times(row));
        facts.setText(text.facts(row));
        String trouble = text.problem(row);
        problem.setText(trouble);
        problem.setVisible(!trouble.isEmpty());
        problem.setManaged(!trouble.isEmpty());
        boolean toDoctor = row.isMissedSession() && !row.doctorFindingProperty().get().isEmpty();
        doctorLink.setVisible(toDoctor);
        doctorLink.setManaged(toDoctor);
        showPicture(row, details);
    }

    private void showPicture(RecordingRow row, RecordingDetails details) {
        String source = details == null ? null : details.coverThumbnail().orElse(null);
        if (source != null && source.equals(pictureSource) && picture.getImage() != null) {
            return;
        }
        pictureSource = source;
        picture.setImage(null);
        placeholder.setVisible(details != null);
        if (source == null) {
            return;
        }
        boolean stable = details.status() != RecordingStatus.IN_PROGRESS;
        thumbnails.show(source, stable, THUMB_WIDTH, THUMB_HEIGHT, () -> source.equals(pictureSource) && shown == row,
                image -> {
                    if (source.equals(pictureSource)) {
                        picture.setImage(image);
                        placeholder.setVisible(false);
                    }
                });
    }
}
