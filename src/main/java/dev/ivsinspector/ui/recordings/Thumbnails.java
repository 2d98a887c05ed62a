package dev.ivsinspector.ui.recordings;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.image.Image;

/**
 * The pictures of the bucket shown now: the key of a thumbnail in, an image of the wanted size out, through
 * {@link ThumbnailImages} and the current {@link RecordingReader}. A picture that cannot be had leaves the
 * placeholder in place.
 */
final class Thumbnails {
    private final ThumbnailImages images;
    private final Supplier<RecordingReader> reader;

    Thumbnails(ThumbnailImages images, Supplier<RecordingReader> reader) {
        this.images = images;
        this.reader = reader;
    }

    /** @param stable false while the picture may still change (the LATEST thumbnail of a live recording) */
    void show(String key, boolean stable, double width, double height, BooleanSupplier stillWanted,
              Consumer<Image> onImage) {
        RecordingReader current = reader.get();
        if (current == null) {
            return;
        }
        String source = current.region() + "/" + current.bucket() + "/" + key;
        images.load(source, () -> current.thumbnail(key), stable, width, height, stillWanted, onImage, () -> {
        });
    }
}
