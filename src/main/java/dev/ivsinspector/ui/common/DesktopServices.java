package dev.ivsinspector.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What view-models ask of the desktop: the clipboard, the system browser and a save-file dialog. Given
 * through constructors so view-model tests can record what would have been copied, opened or asked.
 *
 * @param clipboard  puts text on the system clipboard
 * @param browser    opens a URL in the system browser
 * @param saveDialog asks where to save a file
 */
public record DesktopServices(Consumer<String> clipboard, Consumer<String> browser, SaveDialog saveDialog) {

    /** Asks the user for a file to write; empty when the user cancels. */
    @FunctionalInterface
    public interface SaveDialog {
        Optional<Path> choose(String title, String suggestedFileName);
    }
}
