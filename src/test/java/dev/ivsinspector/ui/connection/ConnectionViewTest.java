package dev.ivsinspector.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.aws.connection.CallerIdentity;
import dev.ivsinspector.aws.connection.ProfileCatalog;
import dev.ivsinspector.aws.connection.SsoTokenCache;
import dev.ivsinspector.aws.connection.SsoTokenStatus;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real connection bar: choosing another profile in the picker re-resolves the region and identity. */
@ExtendWith(ApplicationExtension.class)
class ConnectionViewTest {

    private Path dir;
    private Preferences prefs;
    private SwitchableGateway gateway;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("connection-view");
        Files.writeString(dir.resolve("config"), """
                [profile staging]
                region = eu-central-1
                [profile prod]
                region = us-east-1
                """);
        prefs = Preferences.userRoot().node("dev/ivsinspector/test-" + UUID.randomUUID());
        gateway = new SwitchableGateway(ConnectionSettings.sdkDefaults());
        var services = new ConnectionViewModel.Services(
                new ProfileCatalog(dir.resolve("config"), dir.resolve("credentials"), Map.of()).load(), gateway,
                (settings, region) -> CallerIdentity.of(settings.profile().equals("prod") ? "222222222222" : "333333333333",
                        "arn:aws:iam::1:user/" + settings.profile() + "-user"),
                new SsoTokenStatus(new SsoTokenCache(dir.resolve("cache")), Clock.systemUTC()),
                () -> URI.create("http://127.0.0.1:9"), "123456789012", null, null, Map.of(), new ConnectionPreferences(prefs));
        FxTaskExecutor executor = new FxTaskExecutor();
        ConnectionViewModel vm = new ConnectionViewModel(services, executor,
                new SignInViewModel((p, l, c) -> { throw new AssertionError("no sign-in here"); }, executor, url -> { }),
                null, null);
        vm.select("staging");
        FXMLLoader loader = new FXMLLoader(ConnectionView.class.getResource("ConnectionView.fxml"), dev.ivsinspector.ui.common.Messages.bundle());
        loader.setControllerFactory(type -> new ConnectionView(vm));
        Parent root = loader.load();
        stage.setScene(new Scene(root, 1000, 120));
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        prefs.removeNode();
        gateway.close();
    }

    @Test
    void switchingProfileReResolvesRegionAndIdentity(FxRobot robot) throws Exception {
        Label region = robot.lookup("#regionLabel").query();
        Label identity = robot.lookup("#identityLabel").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> identity.getText().contains("333333333333"));
        assertThat(region.getText()).isEqualTo("eu-central-1");

        robot.clickOn("#profilePicker").clickOn("prod");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> identity.getText().contains("222222222222"));
        assertThat(region.getText()).isEqualTo("us-east-1");
        assertThat(identity.getText()).isEqualTo("Account 222222222222 · prod-user");
        assertThat(gateway.settings().profile()).isEqualTo("prod");
    }
}
