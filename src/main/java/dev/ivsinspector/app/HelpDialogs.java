package dev.ivsinspector.app;

import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.ScreenRoom;
import dev.ivsinspector.ui.common.Shortcut;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help › Keyboard shortcuts, Documentation and About. */
final class HelpDialogs {

    private HelpDialogs() {
    }

    /** Every row of the {@link Shortcut} table: the same one the menus and views bind their keys from. */
    static Dialog<ButtonType> shortcuts(Window owner) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcutsTable");
        table.setAccessibleText(Messages.text("help.shortcuts.title"));
        table.getItems().setAll(Shortcut.values());
        TableColumn<Shortcut, String> key = new TableColumn<>(Messages.text("help.shortcuts.key"));
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().key().getDisplayText()));
        TableColumn<Shortcut, String> what = new TableColumn<>(Messages.text("help.shortcuts.action"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        TableColumn<Shortcut, String> where = new TableColumn<>(Messages.text("help.shortcuts.where"));
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().whereText()));
        table.getColumns().setAll(key, what, where);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Keys and places are short; the descriptions take the rest of the width.
        key.setMinWidth(140);
        key.setMaxWidth(170);
        what.setPrefWidth(470);
        where.setMinWidth(230);
        where.setMaxWidth(280);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.text("help.shortcuts.title"));
        dialog.getDialogPane().setContent(table);
        // Wide enough for the descriptions; on a small screen smaller, with room for the frame: the list scrolls.
        Rectangle2D area = ScreenRoom.areaOf(owner);
        dialog.getDialogPane().setPrefSize(Math.min(900, area.getWidth() - 40), Math.min(600, area.getHeight() - 60));
        dialog.getDialogPane().setStyle("-fx-max-width: 900px;"); // the theme caps dialogs at 600 pixels
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        return dialog;
    }

    static Alert about(Window owner) {
        Properties built = builtWith();
        String text = Messages.format("help.about.text", built.getProperty("version", "?"),
                System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("javafx.runtime.version", built.getProperty("javafx.built", "?")),
                built.getProperty("awssdk", "?"), built.getProperty("controlsfx", "?"),
                built.getProperty("atlantafx", "?"), built.getProperty("slf4j", "?"), built.getProperty("logback", "?"));
        TextArea details = new TextArea(text);
        details.setId("aboutText");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(16);
        details.setAccessibleText(Messages.text("help.about.title"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(Messages.text("help.about.title"));
        alert.setHeaderText(Messages.text("help.about.header"));
        alert.getDialogPane().setContent(details);
        alert.setResizable(true);
        return alert;
    }

    /** The README shipped inside the app, copied out so the system's viewer can open it. */
    static void openDocumentation(Window owner, Consumer<String> browser) {
        try (InputStream readme = HelpDialogs.class.getResourceAsStream("README.md")) {
            if (readme == null) {
                throw new IOException(Messages.text("help.documentation.missing"));
            }
            Path copy = Files.createTempFile("ivs-inspector-readme-", ".md");
            copy.toFile().deleteOnExit();
            Files.copy(readme, copy, StandardCopyOption.REPLACE_EXISTING);
            browser.accept(copy.toUri().toString());
        } catch (IOException e) {
            Alert failed = new Alert(Alert.AlertType.ERROR, Messages.format("help.documentation.failed", e.getMessage()));
            failed.initOwner(owner);
            failed.show();
        }
    }

    static Properties builtWith() {
        Properties properties = new Properties();
        try (InputStream in = HelpDialogs.class.getResourceAsStream("about.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // About still shows what the runtime knows.
        }
        return properties;
    }
}
