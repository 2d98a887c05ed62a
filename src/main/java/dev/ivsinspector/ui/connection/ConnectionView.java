package dev.ivsinspector.ui.connection;

import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.StepSpinner;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import dev.ivsinspector.ui.accounts.AccountPickerViewModel;
import dev.ivsinspector.ui.accounts.AccountPickerWindow;
import dev.ivsinspector.ui.accounts.OrganizationViewModels;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.StringConverter;

/** Controller of ConnectionView.fxml: the profile picker, region, identity, endpoint override and sign-in. */
public final class ConnectionView {

    private final ConnectionViewModel viewModel;

    @FXML private ComboBox<String> profilePicker;
    @FXML private Label profileLabel;
    @FXML private Label regionLabel;
    @FXML private Label identityLabel;
    @FXML private Button signInButton;
    @FXML private StepSpinner signInProgress;
    @FXML private Label userCodeLabel;
    @FXML private Button cancelSignInButton;
    @FXML private Label endpointLabel;
    @FXML private Label signInMessage;
    @FXML private Label problemsLabel;
    @FXML private Button accountsButton;
    @FXML private Button allAccountsButton;
    private AccountPickerWindow accountPicker;

    public ConnectionView(ConnectionViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        profileLabel.setLabelFor(profilePicker);
        profilePicker.setItems(viewModel.choices());
        profilePicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(String choice) {
                return ConnectionChoice.shownAs(choice);
            }

            @Override
            public String fromString(String shown) {
                return shown; // the picker is not editable
            }
        });
        profilePicker.setValue(viewModel.selectedProperty().get());
        viewModel.selectedProperty().addListener((obs, old, now) -> profilePicker.setValue(now));
        profilePicker.setOnAction(e -> viewModel.select(profilePicker.getValue()));
        regionLabel.textProperty().bind(viewModel.regionProperty().map(r -> r.isEmpty() ? Messages.text("value.notSet") : r));
        identityLabel.textProperty().bind(viewModel.identityProperty());
        endpointLabel.textProperty().bind(viewModel.endpointNoteProperty());
        showWhenText(endpointLabel);

        SignInViewModel signIn = viewModel.signIn();
        signInButton.visibleProperty().bind(signIn.availableProperty().and(signIn.runningProperty().not()));
        signInButton.managedProperty().bind(signInButton.visibleProperty());
        signInProgress.visibleProperty().bind(signIn.runningProperty());
        signInProgress.managedProperty().bind(signInProgress.visibleProperty());
        cancelSignInButton.visibleProperty().bind(signIn.runningProperty());
        cancelSignInButton.managedProperty().bind(cancelSignInButton.visibleProperty());
        userCodeLabel.textProperty().bind(signIn.userCodeProperty());
        showWhenText(userCodeLabel);
        signInMessage.textProperty().bind(signIn.messageProperty());
        showWhenText(signInMessage);
        problemsLabel.textProperty().bind(viewModel.problemsProperty());
        showWhenText(problemsLabel);
        bindAccounts();
    }

    /** "Account…" while an SSO sign-in's accounts are offered; the picker opens by itself after a sign-in. */
    private void bindAccounts() {
        OrganizationViewModels organization = viewModel.accounts();
        if (organization == null) {
            for (Button button : new Button[] {accountsButton, allAccountsButton}) {
                button.setVisible(false);
                button.setManaged(false);
            }
            return;
        }
        AccountPickerViewModel accounts = organization.picker();
        allAccountsButton.setText(AccountPickerWindow.text("allAccounts.button"));
        allAccountsButton.visibleProperty().bind(accounts.availableProperty()
                .and(new SimpleBooleanProperty(organization.allAccounts() != null)));
        allAccountsButton.managedProperty().bind(allAccountsButton.visibleProperty());
        allAccountsButton.setOnAction(e -> AccountPickerWindow.showAllAccounts(allAccountsButton.getScene().getWindow(),
                organization.allAccounts()));
        accountPicker = new AccountPickerWindow(accounts);
        accountsButton.setText(AccountPickerWindow.text("accounts.button"));
        accountsButton.setTooltip(new Tooltip(AccountPickerWindow.text("accounts.button.tooltip")));
        accountsButton.visibleProperty().bind(accounts.availableProperty());
        accountsButton.managedProperty().bind(accountsButton.visibleProperty());
        accounts.showRequestedProperty().addListener((obs, was, now) -> {
            if (now) {
                onAccounts();
            }
        });
    }

    @FXML
    private void onAccounts() {
        accountPicker.show(accountsButton.getScene().getWindow());
    }

    @FXML
    private void onSignIn() {
        viewModel.signIn().start();
    }

    /** Asks for an endpoint override until it is valid or the user gives up. */
    @FXML
    private void onAdvanced() {
        TextInputDialog dialog = new TextInputDialog(viewModel.endpointOverride());
        dialog.initOwner(profilePicker.getScene().getWindow());
        dialog.setTitle(Messages.text("connection.endpoint.title"));
        dialog.setHeaderText(Messages.text("connection.endpoint.header"));
        dialog.setContentText(Messages.text("connection.endpoint.url"));
        dialog.showAndWait().ifPresent(url -> {
            String problem = viewModel.setEndpointOverride(url);
            if (problem != null) {
                Alert alert = new Alert(Alert.AlertType.WARNING, problem);
                alert.initOwner(profilePicker.getScene().getWindow());
                alert.setHeaderText(Messages.text("connection.endpoint.notChanged"));
                alert.showAndWait();
            }
        });
    }

    @FXML
    private void onCancelSignIn() {
        viewModel.signIn().cancel();
    }

    private static void showWhenText(Label label) {
        Node node = label;
        node.visibleProperty().bind(label.textProperty().isNotEmpty());
        node.managedProperty().bind(node.visibleProperty());
    }
}
