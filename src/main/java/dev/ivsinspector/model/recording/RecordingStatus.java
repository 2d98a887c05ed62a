package dev.ivsinspector.model.recording;

/**
 * What the metadata files of a recording say about it. IVS writes recording-started.json first, then
 * recording-ended.json or recording-failed.json (the latter only after the reconnect window has passed).
 */
public enum RecordingStatus {
    /** Only recording-started.json: live, or ended less than the reconnect window ago. */
    IN_PROGRESS,
    ENDED,
    /** RECORDING_ENDED_WITH_FAILURE or RECORDING_START_FAILED; the metadata may carry a reason. */
    FAILED,
    /** No metadata file could be read (missing, denied or not JSON): only the path is known. */
    UNKNOWN;

    /** Maps the recording_status member; unknown values count as UNKNOWN rather than failing. */
    public static RecordingStatus ofMetadataValue(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value) {
            case "RECORDING_STARTED" -> IN_PROGRESS;
            case "RECORDING_ENDED" -> ENDED;
            case "RECORDING_ENDED_WITH_FAILURE", "RECORDING_START_FAILED" -> FAILED;
            default -> UNKNOWN;
        };
    }
}
