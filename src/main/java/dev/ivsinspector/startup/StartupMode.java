package dev.ivsinspector.startup;

import java.util.Locale;

/** What kind of run this is: the one switch, {@code -Divsinspector.startup=normal|training|probe}. */
public enum StartupMode {

    /** Users' runs: nothing but the warm-up. */
    NORMAL,
    /**
     * The packaging build's training run for the JDK's AOT cache: the app quits by itself once start-up (and
     * the configuration given on the command line, if any) has been through every class it needs.
     */
    TRAINING,
    /**
     * Benchmarks: prints {@code FIRST_RENDER <ms since JVM start> vmhwm_kb=<peak RSS>} once the configuration
     * given on the command line has been rendered (or {@code FIRST_RENDER_FAILED ...}), then exits.
     */
    PROBE;

    public static final String PROPERTY = "ivsinspector.startup";

    public static StartupMode current() {
        return parse(System.getProperty(PROPERTY));
    }

    static StartupMode parse(String value) {
        if (value == null || value.isBlank()) {
            return NORMAL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + ": expected normal, training or probe", e);
        }
    }
}
