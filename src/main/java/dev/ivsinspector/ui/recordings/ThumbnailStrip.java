package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.model.recording.RecordingDetails;
import dev.ivsinspector.model.recording.RecordingStatus;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The thumbnails of one recording side by side, oldest first: the recording over time. */
final class ThumbnailStrip {
    static final double WIDTH = 192;
    static final double HEIGHT = 108;

    private final HBox box;
    private final Thumbnails thumbnails;
    private final String noPicture;
    private RecordingDetails shown;

    ThumbnailStrip(HBox box, Thumbnails thumbnails, String noPicture) {
        this.box = box;
        this.thumbnails = thumbnails;
        this.noPicture = noPicture;
    }

    void show(RecordingDetails details, String emptyText) {
        if (details == shown && !box.getChildren().isEmpty()) {
            return;
        }
        shown = details;
        box.getChildren().clear();
        List<String> keys = details == null ? List.of() : details.thumbnailKeys();
        if (keys.isEmpty() && details != null && details.latestThumbnail() != null) {
            keys = List.of(details.latestThumbnail());
        }
        if (keys.isEmpty()) {
            box.getChildren().add(new Label(emptyText));
            return;
        }
        boolean stable = details.status() != RecordingStatus.IN_PROGRESS;
        for (String key : keys) {
            box.getChildren().add(frame(key, stable));
        }
    }

    private VBox frame(String key, boolean stable) {
        ImageView view = new ImageView();
        view.setFitWidth(WIDTH);
        view.setFitHeight(HEIGHT);
        view.setPreserveRatio(true);
        Label placeholder = new Label(noPicture);
        placeholder.getStyleClass().add("thumbnail-placeholder");
        StackPane picture = new StackPane(placeholder, view);
        picture.getStyleClass().add("thumbnail-frame");
        picture.setMinSize(WIDTH, HEIGHT);
        picture.setMaxSize(WIDTH, HEIGHT);
        RecordingDetails owner = shown;
        thumbnails.show(key, stable, WIDTH, HEIGHT, () -> shown == owner, image -> {
            view.setImage(image);
            placeholder.setVisible(false);
        });
        Label name = new Label(key.substring(key.lastIndexOf('/') + 1));
        name.getStyleClass().add("strip-label");
        VBox frame = new VBox(2, picture, name);
        frame.setAlignment(Pos.TOP_CENTER);
        return frame;
    }
}
