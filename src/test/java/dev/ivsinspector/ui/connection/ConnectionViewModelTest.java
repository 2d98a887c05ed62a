package dev.ivsinspector.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.aws.connection.CallerIdentity;
import dev.ivsinspector.aws.connection.CallerIdentityService;
import dev.ivsinspector.aws.connection.FakeOidc;
import dev.ivsinspector.aws.connection.ProfileCatalog;
import dev.ivsinspector.aws.connection.SsoSignIn;
import dev.ivsinspector.aws.connection.SsoTarget;
import dev.ivsinspector.aws.connection.SsoTokenCache;
import dev.ivsinspector.aws.connection.SsoTokenStatus;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import dev.ivsinspector.ui.common.ErrorAction;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection bar's view-model with real profile files, a fake identity service and a loopback OIDC endpoint. */
class ConnectionViewModelTest {

    static final String SECRET = "FAKESECRETdoNotLeak0123456789";

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final List<String> identityCalls = new CopyOnWriteArrayList<>();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final FakeOidc.FakeTime time = new FakeOidc.FakeTime();
    private Preferences prefsNode;
    private SwitchableGateway gateway;
    private FakeOidc oidc;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("config"), """
                [default]
                region = eu-west-1

                [profile prod]
                region = us-east-1

                [profile sso-dev]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = Developer
                region = ap-northeast-1

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = us-east-1
                sso_registration_scopes = sso:account:access
                """);
        Files.writeString(dir.resolve("credentials"), """
                [default]
                aws_access_key_id = AKIADEFAULT000000000
                aws_secret_access_key = %s

                [prod]
                aws_access_key_id = AKIAPROD000000000000
                aws_secret_access_key = %s
                """.formatted(SECRET, SECRET));
        prefsNode = Preferences.userRoot().node("dev/ivsinspector/test-" + UUID.randomUUID());
        gateway = new SwitchableGateway(ConnectionSettings.sdkDefaults());
    }

    @AfterEach
    void cleanUp() throws BackingStoreException {
        prefsNode.removeNode();
        gateway.close();
        if (oidc != null) {
            oidc.close();
        }
    }

    private final CallerIdentityService identity = (settings, region) -> {
        identityCalls.add(settings.profile());
        return switch (String.valueOf(settings.profile())) {
            case "default" -> CallerIdentity.of("111111111111", "arn:aws:iam::111111111111:user/alice");
            case "prod" -> CallerIdentity.of("222222222222", "arn:aws:sts::222222222222:assumed-role/Ops/bob");
            case "sso-dev" -> CallerIdentity.of("111122223333", "arn:aws:sts::111122223333:assumed-role/Developer/carol");
            default -> throw IvsCallException.of(ErrorKind.NO_CREDENTIALS, "GetCallerIdentity", "none");
        };
    };

    private ConnectionViewModel connection() {
        SsoTokenCache cache = new SsoTokenCache(dir.resolve("sso-cache"));
        SignInViewModel signIn = new SignInViewModel((profile, listener, cancelled) ->
                new SsoSignIn(cache, time, time.clock(), oidc.uri()).signIn(SsoTarget.of(profile), listener, cancelled),
                executor, opened::add);
        var services = new ConnectionViewModel.Services(
                new ProfileCatalog(dir.resolve("config"), dir.resolve("credentials"), Map.of()).load(), gateway, identity,
                new SsoTokenStatus(cache, time.clock()), () -> URI.create("http://127.0.0.1:9"), "123456789012", null, null, Map.of(),
                new ConnectionPreferences(prefsNode));
        return new ConnectionViewModel(services, executor, signIn, null, null);
    }

    @Test
    void listsEveryProfileOfBothFilesPlusTheDemoAccount() {
        ConnectionViewModel vm = connection();

        assertThat(List.copyOf(vm.choices())).containsExactly(
                "Default credential chain", "default", "prod", "sso-dev", "Demo account");
        assertThat(vm.initialChoice(false, null)).isEqualTo("default");
        assertThat(vm.initialChoice(false, "prod")).isEqualTo("prod");
        assertThat(vm.initialChoice(true, "prod")).isEqualTo("Demo account");
    }

    @Test
    void selectingAPlainProfileShowsItsRegionAndIdentity() {
        ConnectionViewModel vm = connection();

        vm.select("default");
        assertThat(vm.regionProperty().get()).isEqualTo("eu-west-1");
        assertThat(vm.identityProperty().get()).isEqualTo("Account 111111111111 · alice");
        assertThat(gateway.settings().profile()).isEqualTo("default");

        vm.select("prod");
        assertThat(vm.regionProperty().get()).isEqualTo("us-east-1");
        assertThat(vm.identityProperty().get()).isEqualTo("Account 222222222222 · Ops (bob)");
        assertThat(gateway.settings().region()).isEqualTo("us-east-1");
        assertThat(new ConnectionPreferences(prefsNode).profile()).isEqualTo("prod");
    }

    @Test
    void theDefaultChainShowsTheRegionOfTheDefaultProfileWhenNoVariableSetsOne() {
        ConnectionViewModel vm = connection();

        vm.select("Default credential chain");

        assertThat(vm.regionProperty().get()).isEqualTo("eu-west-1");
        assertThat(gateway.settings().profile()).isNull();
        assertThat(gateway.settings().region()).isEqualTo("eu-west-1");
    }

    @Test
    void anSsoProfileWithoutATokenOffersSignInAndTheRetryRunsAfterIt() throws Exception {
        oidc = new FakeOidc(1, 600).thenToken(FakeOidc.pending(), FakeOidc.token(true));
        ConnectionViewModel vm = connection();

        vm.select("sso-dev");
        assertThat(vm.regionProperty().get()).isEqualTo("ap-northeast-1");
        assertThat(vm.signIn().availableProperty().get()).isTrue();
        assertThat(identityCalls).as("no STS call before sign-in").isEmpty();

        AtomicInteger retried = new AtomicInteger();
        AtomicInteger listedAgain = new AtomicInteger();
        vm.setOnSignedIn(listedAgain::incrementAndGet);
        List<ErrorAction> actions = vm.actionsFor(ErrorKind.SSO_TOKEN_EXPIRED, retried::incrementAndGet);
        assertThat(actions).extracting(ErrorAction::label).containsExactly("Sign in…");
        actions.get(0).action().run();

        assertThat(retried.get()).isEqualTo(1);
        assertThat(listedAgain).as("what else failed for want of the sign-in runs again").hasValue(1);
        assertThat(vm.identityProperty().get()).contains("111122223333");
        assertThat(opened).singleElement().asString().contains("user_code=" + FakeOidc.USER_CODE);
        assertThat(vm.signIn().availableProperty().get()).isFalse();
        assertThat(Files.list(dir.resolve("sso-cache"))).hasSize(1);
    }

    @Test
    void noCredentialsOffersTheDemoAccount() {
        ConnectionViewModel vm = connection();
        vm.select("Default credential chain");

        List<ErrorAction> actions = vm.actionsFor(ErrorKind.NO_CREDENTIALS, () -> { });
        actions.get(0).action().run();

        assertThat(vm.demoProperty().get()).isTrue();
        assertThat(gateway.settings().demo()).isTrue();
        assertThat(vm.endpointNoteProperty().get()).startsWith("Demo endpoint http://127.0.0.1:");
        assertThat(new ConnectionPreferences(prefsNode).profile()).as("the demo is never remembered")
                .isEqualTo("Default credential chain");
    }

    @Test
    void theRememberedProfileIsUsedUnlessTheSessionAsksForAnother() {
        new ConnectionPreferences(prefsNode).remember("prod", "us-east-1");
        ConnectionViewModel vm = connection();

        assertThat(vm.initialChoice(false, null)).isEqualTo("prod");
        assertThat(vm.initialChoice(false, "sso-dev")).isEqualTo("sso-dev");
    }

    @Test
    void anEndpointOverrideIsShownAndPlainHttpIsRefusedOffThisMachine() {
        ConnectionViewModel vm = connection();
        vm.select("prod");

        assertThat(vm.setEndpointOverride("http://ivs.example.com")).contains("only to this machine");
        assertThat(gateway.settings().endpointOverride()).isNull();
        assertThat(vm.setEndpointOverride("http://127.0.0.1:4566")).isNull();
        assertThat(gateway.settings().endpointOverride()).hasToString("http://127.0.0.1:4566");
        assertThat(vm.endpointNoteProperty().get()).isEqualTo("Endpoint override http://127.0.0.1:4566");
        assertThat(vm.setEndpointOverride("")).isNull();
        assertThat(vm.endpointNoteProperty().get()).isEmpty();
    }

    @Test
    void preferencesHoldNamesButNeverASecret() throws BackingStoreException {
        ConnectionViewModel vm = connection();
        vm.select("prod");

        for (String key : prefsNode.keys()) {
            assertThat(prefsNode.get(key, "")).doesNotContain(SECRET).doesNotContain("AKIA");
        }
        assertThat(prefsNode.keys()).isNotEmpty();
    }
}
