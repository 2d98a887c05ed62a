package dev.ivsinspector.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.aws.connection.CallerIdentity;
import dev.ivsinspector.aws.connection.ProfileCatalog;
import dev.ivsinspector.aws.connection.ProfileLoadResult;
import dev.ivsinspector.aws.connection.SsoTokenCache;
import dev.ivsinspector.aws.connection.SsoTokenStatus;
import dev.ivsinspector.store.AppPreferences;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles that arrive after the window opened (a slow ~/.aws/config): the bar first offers the default chain
 * with a loading line, then the profiles; the choice the app made meanwhile is replaced by the right one, a
 * choice the user made meanwhile is kept.
 */
class ProfilesLoadedLaterTest {

    private static final String LOADING = "Loading profiles from ~/.aws…";

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private SwitchableGateway gateway;
    private ProfileLoadResult loaded;
    private AppPreferences preferences;

    @BeforeEach
    void files() throws Exception {
        Files.writeString(dir.resolve("credentials"), """
                [prod]
                aws_access_key_id = AKIAPROD000000000000
                aws_secret_access_key = not-a-real-secret
                region = eu-west-1
                """);
        loaded = new ProfileCatalog(dir.resolve("config"), dir.resolve("credentials"), Map.of()).load();
        gateway = new SwitchableGateway(ConnectionSettings.sdkDefaults());
        preferences = AppPreferences.open(dir.resolve("app"), () -> null);
    }

    @AfterEach
    void close() {
        gateway.close();
        preferences.flush(); // its writer must be done before the temporary directory goes
    }

    private ConnectionViewModel connection() {
        var services = new ConnectionViewModel.Services(new ProfileLoadResult(List.of(), List.of(LOADING)), gateway,
                (settings, region) -> CallerIdentity.of("222222222222", "arn:aws:iam::222222222222:user/bob"),
                new SsoTokenStatus(new SsoTokenCache(dir.resolve("sso-cache")), Clock.systemUTC()),
                () -> URI.create("http://127.0.0.1:9"), "123456789012", null, null, Map.of(),
                new ConnectionPreferences(preferences.node("")));
        SignInViewModel signIn = new SignInViewModel((profile, listener, cancelled) -> {
            throw new UnsupportedOperationException();
        }, executor, url -> { });
        return new ConnectionViewModel(services, executor, signIn, null, null);
    }

    @Test
    void theProfilesArriveAndTheChoiceTheAppMadeMeanwhileIsReplaced() {
        ConnectionViewModel vm = connection();
        String first = vm.initialChoice(false, "prod");
        vm.select(first);
        assertThat(vm.problemsProperty().get()).isEqualTo(LOADING);
        assertThat(first).isEqualTo(ConnectionChoice.SDK_DEFAULT);

        vm.profilesLoaded(loaded, first, false, "prod");

        assertThat(vm.choices()).contains("prod");
        assertThat(vm.selectedProperty().get()).isEqualTo("prod");
        assertThat(vm.regionProperty().get()).isEqualTo("eu-west-1");
        assertThat(vm.problemsProperty().get()).isEmpty();
    }

    @Test
    void aChoiceTheUserMadeWhileTheProfilesLoadedIsKept() {
        ConnectionViewModel vm = connection();
        String first = vm.initialChoice(false, "prod");
        vm.select(first);
        vm.select(ConnectionChoice.DEMO);

        vm.profilesLoaded(loaded, first, false, "prod");

        assertThat(vm.selectedProperty().get()).isEqualTo(ConnectionChoice.DEMO);
        assertThat(vm.choices()).contains("prod");
    }
}
