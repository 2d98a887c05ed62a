package dev.ivsinspector.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the app's FXML views. A view that cannot be loaded is a broken build, not something a user can act on,
 * so the failure is unchecked and names the file.
 */
public final class FxmlViews {

    private FxmlViews() {
    }

    /**
     * Loads {@code fxml}, found beside {@code view}, with {@code controller} as its controller and {@code messages}
     * for its {@code %key} texts.
     */
    public static Parent load(Class<?> view, String fxml, ResourceBundle messages, Object controller) {
        FXMLLoader loader = new FXMLLoader(view.getResource(fxml), messages);
        loader.setControllerFactory(type -> controller);
        return load(loader);
    }

    /** Loads what {@code loader} is set up for (its own controller factory, its namespace kept for the caller). */
    public static <T> T load(FXMLLoader loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(fileName(loader.getLocation()) + " could not be loaded", e);
        }
    }

    private static String fileName(URL location) {
        String path = String.valueOf(location);
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
