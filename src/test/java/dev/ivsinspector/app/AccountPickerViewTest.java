package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.aws.connection.CallerIdentity;
import dev.ivsinspector.aws.connection.ProfileLoadResult;
import dev.ivsinspector.aws.connection.SsoTokenCache;
import dev.ivsinspector.aws.connection.SsoTokenStatus;
import dev.ivsinspector.aws.org.AccountRole;
import dev.ivsinspector.aws.org.RoleSession;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.ui.accounts.AccountChoiceMemory;
import dev.ivsinspector.ui.accounts.AccountPickerViewModel;
import dev.ivsinspector.ui.accounts.OrganizationViewModels;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.connection.ConnectionPreferences;
import dev.ivsinspector.ui.connection.ConnectionView;
import dev.ivsinspector.ui.connection.ConnectionViewModel;
import dev.ivsinspector.ui.connection.SignInViewModel;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The connection bar with the demo organization, over real HTTP: sign in (approved by the demo itself), the
 * picker opens, a search narrows it, and the chosen account and role become the connection; the next sign-in
 * takes the same choice again by itself.
 */
@ExtendWith(ApplicationExtension.class)
class AccountPickerViewTest {

    private DemoEndpoint endpoint;
    private SwitchableGateway gateway;
    private Preferences prefs;
    private ConnectionViewModel connection;

    @Start
    void start(Stage stage) throws Exception {
        endpoint = DemoEndpoint.start(SampleAccount.standard(), SampleOrganization.standard()
                .withLimits(SampleOrganization.Limits.DEMO.withThrottledShare(0)), 0);
        gateway = new SwitchableGateway(ConnectionSettings.sdkDefaults());
        prefs = Preferences.userRoot().node("dev/ivsinspector/test-" + UUID.randomUUID());
        DemoOrganizationSetup demoOrganization = new DemoOrganizationSetup(endpoint::uri);
        FxTaskExecutor runner = new FxTaskExecutor();
        SignInViewModel signIn = new SignInViewModel(demoOrganization.signIn(), runner, url -> { });
        AccountPickerViewModel accounts = new AccountPickerViewModel(new AccountPickerViewModel.Services(
                demoOrganization.organizationAccess(), new AccountChoiceMemory(prefs),
                ResourceBundle.getBundle("dev.ivsinspector.i18n.messages")), runner);
        var services = new ConnectionViewModel.Services(new ProfileLoadResult(List.of(), List.of()), gateway,
                (settings, region) -> CallerIdentity.of("1", "arn:aws:iam::1:user/x"),
                new SsoTokenStatus(new SsoTokenCache(Files.createTempDirectory("picker-cache")), java.time.Clock.systemUTC()),
                endpoint::uri, "123456789012", null, null, Map.of(), new ConnectionPreferences(prefs));
        connection = new ConnectionViewModel(services, runner, signIn, new OrganizationViewModels(accounts, null),
                demoOrganization.profile());
        FXMLLoader loader = new FXMLLoader(ConnectionView.class.getResource("ConnectionView.fxml"), dev.ivsinspector.ui.common.Messages.bundle());
        loader.setControllerFactory(type -> new ConnectionView(connection));
        Parent root = loader.load();
        stage.setScene(new Scene(root, 1100, 140));
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        prefs.removeNode();
        gateway.close();
        endpoint.close();
    }

    @Test
    void signInPickSearchAndUseAnAccountThenTheNextSignInTakesItAgain(FxRobot robot) {
        Fx.run(() -> connection.select(DemoOrganizationSetup.PROFILE_NAME));
        Fx.await(() -> robot.lookup("#table").tryQuery().isPresent()
                && ((TableView<?>) robot.lookup("#table").query()).getItems().size() == 6);
        robot.clickOn("#searchField").write("stag admin");
        TableView<AccountRole> table = robot.lookup("#table").query();
        Fx.await(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).label()).isEqualTo("Staging (444455556666) · AdministratorAccess");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).isEqualTo("1 of 6 shown");
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).<javafx.scene.Node>query());
        robot.clickOn("#useButton");

        Label identity = robot.lookup("#identityLabel").query();
        Fx.await(() -> identity.getText().equals("Staging (444455556666) · AdministratorAccess"));
        assertThat(gateway.listRecordingConfigurations("us-west-2", null, 100).items()).hasSize(12)
                .allSatisfy(c -> assertThat(c.arn()).contains(":444455556666:"));

        // Another connection, then the organization again: the remembered account is taken without the picker.
        Fx.run(() -> connection.select("Demo account"));
        assertThat(gateway.settings().roleSession()).isNull();
        Fx.run(() -> connection.select(DemoOrganizationSetup.PROFILE_NAME));
        Fx.await(() -> identity.getText().equals("Staging (444455556666) · AdministratorAccess"));
        assertThat(((RoleSession) gateway.settings().roleSession()).role().roleName()).isEqualTo("AdministratorAccess");
    }
}
