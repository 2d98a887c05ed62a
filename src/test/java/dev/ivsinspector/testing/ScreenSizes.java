package dev.ivsinspector.testing;

/**
 * JUnit tags that run a UI test on a headless screen of a given logical size.
 *
 * <p>Monocle's headless screen is made once per JVM, from {@code headless.geometry}, when the toolkit starts.
 * So each size has its own surefire execution (see pom.xml): {@code @Tag(ScreenSizes.HD)} on a test class
 * or method runs it in a JVM whose screen is 1280x720; untagged tests get the default 1920x1200.
 */
public final class ScreenSizes {

    /** 1280x720: the smallest laptop screen the window must fit. */
    public static final String HD = "screen-1280x720";
    /** 1366x768: the most common laptop screen. */
    public static final String WXGA = "screen-1366x768";

    private ScreenSizes() {
    }
}
