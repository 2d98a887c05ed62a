package dev.ivsinspector.ui.common;

import java.io.File;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real desktop: JavaFX clipboard, the application's HostServices and a FileChooser owned by the window. */
public final class FxDesktopServices {

    private FxDesktopServices() {
    }

    /** @param browser usually {@code getHostServices()::showDocument} of the Application */
    public static DesktopServices create(Supplier<Window> owner, Consumer<String> browser) {
        return new DesktopServices(FxDesktopServices::copy, browser, (title, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(name);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
            File file = chooser.showSaveDialog(owner.get());
            return Optional.ofNullable(file).map(File::toPath);
        });
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
