package dev.ivsinspector.model.recording;

import java.util.List;
import java.util.Optional;

/**
 * What was read about one recording besides its path: the newest metadata file, and the keys of its
 * thumbnails in time order.
 *
 * @param metadata        the most final metadata file (failed or ended over started), or null
 * @param metadataKey     the key of that file, or null
 * @param thumbnailKeys   the sequential thumbnails, oldest first
 * @param latestThumbnail the key of the LATEST thumbnail, or null
 * @param problem         why the metadata could not be read, or null
 */
public record RecordingDetails(RecordingMetadata metadata, String metadataKey, List<String> thumbnailKeys,
                               String latestThumbnail, String problem) {

    public RecordingDetails {
        thumbnailKeys = thumbnailKeys == null ? List.of() : List.copyOf(thumbnailKeys);
    }

    public RecordingStatus status() {
        return metadata == null ? RecordingStatus.UNKNOWN : metadata.status();
    }

    /** The picture for a list row: the LATEST thumbnail, else the newest sequential one. */
    public Optional<String> coverThumbnail() {
        if (latestThumbnail != null) {
            return Optional.of(latestThumbnail);
        }
        return thumbnailKeys.isEmpty() ? Optional.empty() : Optional.of(thumbnailKeys.get(thumbnailKeys.size() - 1));
    }
}
