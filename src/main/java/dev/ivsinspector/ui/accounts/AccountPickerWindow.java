package dev.ivsinspector.ui.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The account picker in a window of its own, owned by the main window; one per picker. */
public final class AccountPickerWindow {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");

    private final AccountPickerViewModel viewModel;
    private Stage stage;

    public AccountPickerWindow(AccountPickerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static String text(String key) {
        return MESSAGES.getString(key);
    }

    /** The picker's content, closing with {@code afterUse}. */
    public static Parent load(AccountPickerViewModel viewModel, Runnable afterUse) {
        FXMLLoader loader = new FXMLLoader(AccountPickerView.class.getResource("AccountPickerView.fxml"), MESSAGES);
        loader.setControllerFactory(type -> new AccountPickerView(viewModel, afterUse));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("AccountPickerView.fxml could not be loaded", e);
        }
    }

    /** The All accounts view's content. */
    public static Parent loadAllAccounts(AllAccountsViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(AllAccountsView.class.getResource("AllAccountsView.fxml"), MESSAGES);
        loader.setControllerFactory(type -> new AllAccountsView(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("AllAccountsView.fxml could not be loaded", e);
        }
    }

    /** Shows All accounts in a window of its own (one per owner window). */
    public static void showAllAccounts(Window owner, AllAccountsViewModel viewModel) {
        Stage stage = (Stage) owner.getProperties().computeIfAbsent(AllAccountsView.class, key -> {
            Stage created = new Stage();
            created.initOwner(owner);
            created.setTitle(text("allAccounts.title"));
            created.setScene(new Scene(loadAllAccounts(viewModel)));
            viewModel.showInventory();
            return created;
        });
        stage.show();
        stage.toFront();
        // Searching the inventory is what one comes here for first.
        stage.getScene().lookup("#filterField").requestFocus();
    }

    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle(text("accounts.title"));
            stage.setScene(new Scene(load(viewModel, () -> stage.hide())));
        }
        viewModel.shown();
        stage.show();
        stage.toFront();
    }
}
