package dev.ivsinspector.model.recording;

/**
 * One HLS rendition a recording holds, from its metadata.
 *
 * @param path     relative to the HLS path
 * @param playlist the media playlist's file name
 * @param width    pixels, 0 when the rendition has no video track
 * @param height   pixels, 0 when the rendition has no video track
 */
public record Rendition(String path, String playlist, int width, int height) {

    /** "852×480" or the path for audio-only renditions. */
    public String label() {
        return height > 0 ? width + "×" + height : path;
    }
}
