package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.ui.common.FxmlViews;
import dev.ivsinspector.ui.common.ScreenRoom;
import java.util.ResourceBundle;
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
        return FxmlViews.load(AccountPickerView.class, "AccountPickerView.fxml", MESSAGES,
                new AccountPickerView(viewModel, afterUse));
    }

    /** The All accounts view's content. */
    public static Parent loadAllAccounts(AllAccountsViewModel viewModel) {
        return FxmlViews.load(AllAccountsView.class, "AllAccountsView.fxml", MESSAGES, new AllAccountsView(viewModel));
    }

    /** Shows All accounts in a window of its own (one per owner window). */
    public static void showAllAccounts(Window owner, AllAccountsViewModel viewModel) {
        Stage stage = (Stage) owner.getProperties().computeIfAbsent(AllAccountsView.class, key -> {
            Stage created = new Stage();
            created.initOwner(owner);
            created.setTitle(text("allAccounts.title"));
            created.setScene(new Scene(loadAllAccounts(viewModel)));
            ScreenRoom.fit(created, owner);
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
            ScreenRoom.fit(stage, owner);
        }
        viewModel.shown();
        stage.show();
        stage.toFront();
    }
}
