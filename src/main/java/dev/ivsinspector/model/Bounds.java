package dev.ivsinspector.model;

/**
 * Every bound on what comes from outside the app (AWS answers, the files under ~/.aws, the app's own files),
 * in one place. Each bound protects the app from one hostile or broken input: past it the input is cut, refused
 * or stopped with a message, never taken whole. docs/ARCHITECTURE.md ("Bounds") explains each one.
 */
public final class Bounds {

    /**
     * The largest answer body accepted from any AWS endpoint. The largest honest IVS answer is a list page of
     * 100 summaries with 50 tags each (well under 2 MB); the heap is capped at 256 MB by the launcher.
     */
    public static final long ANSWER_BYTES = 16L * 1024 * 1024;

    /** Characters of one value shown in a tree cell, the drop-down or the browse table; the rest is cut with its length. */
    public static final int SHOWN_VALUE_CHARS = 500;

    /** Characters of a name or ARN stored in the history: the API allows 128, longer is a broken answer. */
    public static final int STORED_TEXT_CHARS = 128;

    /** Characters of a service message in an error dialog's visible text. */
    public static final int DIALOG_TEXT_CHARS = 1_000;

    /** Characters of an error dialog's "Show Details" text. */
    public static final int DETAILS_TEXT_CHARS = 20_000;

    /** Characters of JSON the JSON tab renders; larger answers get a notice and Copy/Export instead. */
    public static final int JSON_VIEW_CHARS = 200_000;

    /** Pages one listing (the configurations of a region, the channels of a configuration) may ask for. */
    public static final int PAGES_PER_LISTING = 10_000;

    /** The largest ~/.aws/config or ~/.aws/credentials file read; honest ones are a few kilobytes. */
    public static final long PROFILE_FILE_BYTES = 2L * 1024 * 1024;

    /** The largest file of the app's own (history, window layout, preferences) read back. */
    public static final long OWN_FILE_BYTES = 4L * 1024 * 1024;

    private Bounds() {
    }
}
