package dev.ivsinspector.aws.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCatalogTest {

    static final String FAKE_SECRET = "FAKESECRETdoNotLeak0123456789";

    @TempDir
    Path dir;

    private static final String CONFIG = """
            [default]
            region = us-west-2

            [profile keys]
            region = eu-west-1

            [profile dev-sso]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = ReadOnly
            region = us-east-1

            [profile legacy]
            sso_start_url = https://legacy.awsapps.com/start
            sso_region = us-east-2
            sso_account_id = 111122223333
            sso_role_name = Admin

            [profile admin]
            role_arn = arn:aws:iam::111122223333:role/Admin
            source_profile = keys

            [profile ec2role]
            role_arn = arn:aws:iam::111122223333:role/Admin
            credential_source = Ec2InstanceMetadata

            [profile proc]
            credential_process = /usr/local/bin/creds

            [profile web]
            role_arn = arn:aws:iam::111122223333:role/Web
            web_identity_token_file = /tmp/token

            [profile local]
            region = us-west-2
            services = local-ivs

            [profile global-endpoint]
            endpoint_url = https://global.example.com

            [services local-ivs]
            ivs =
              endpoint_url = http://127.0.0.1:4566

            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = eu-central-1
            sso_registration_scopes = sso:account:access, codewhisperer:completions
            """;

    private static final String CREDENTIALS = """
            [keys]
            aws_access_key_id = AKIDEXAMPLE
            aws_secret_access_key = %s
            """.formatted(FAKE_SECRET);

    private ProfileCatalog catalog(String config, String credentials, Map<String, String> env) throws Exception {
        Path c = dir.resolve("config");
        Path k = dir.resolve("credentials");
        if (config != null) {
            Files.writeString(c, config);
        }
        if (credentials != null) {
            Files.writeString(k, credentials);
        }
        return new ProfileCatalog(c, k, env);
    }

    @Test
    void listsEveryProfileWithItsKindRegionAndSsoSettings() throws Exception {
        ProfileLoadResult result = catalog(CONFIG, CREDENTIALS, Map.of()).load();

        assertThat(result.problems()).isEmpty();
        assertThat(result.profiles()).extracting(AwsProfile::name).containsExactly("default", "admin", "dev-sso",
                "ec2role", "global-endpoint", "keys", "legacy", "local", "proc", "web");
        assertThat(result.find("default").orElseThrow().kind()).isEqualTo(ProfileKind.OTHER);
        assertThat(result.find("keys").orElseThrow())
                .isEqualTo(new AwsProfile("keys", "eu-west-1", ProfileKind.STATIC_KEYS, null, null, null, null));
        assertThat(result.find("dev-sso").orElseThrow()).isEqualTo(new AwsProfile("dev-sso", "us-east-1",
                ProfileKind.SSO_SESSION, "corp", "https://corp.awsapps.com/start", "eu-central-1", null,
                List.of("sso:account:access", "codewhisperer:completions")));
        assertThat(result.find("legacy").orElseThrow()).isEqualTo(new AwsProfile("legacy", null,
                ProfileKind.LEGACY_SSO, null, "https://legacy.awsapps.com/start", "us-east-2", null));
        assertThat(result.find("admin").orElseThrow().kind()).isEqualTo(ProfileKind.ROLE);
        assertThat(result.find("ec2role").orElseThrow().kind()).isEqualTo(ProfileKind.ROLE);
        assertThat(result.find("proc").orElseThrow().kind()).isEqualTo(ProfileKind.PROCESS);
        assertThat(result.find("web").orElseThrow().kind()).isEqualTo(ProfileKind.WEB_IDENTITY);
        assertThat(result.find("local").orElseThrow().endpointUrl()).isEqualTo("http://127.0.0.1:4566");
        assertThat(result.find("global-endpoint").orElseThrow().endpointUrl()).isEqualTo("https://global.example.com");
    }

    @Test
    void noSecretInAnyProfileOrItsToString() throws Exception {
        ProfileLoadResult result = catalog(CONFIG, CREDENTIALS, Map.of()).load();
        assertThat(result.toString()).doesNotContain(FAKE_SECRET).contains("keys");
    }

    @Test
    void defaultProfileComesFromAwsProfileElseDefault() throws Exception {
        assertThat(catalog(CONFIG, null, Map.of()).defaultProfileName()).isEqualTo("default");
        assertThat(catalog(CONFIG, null, Map.of("AWS_PROFILE", "dev-sso")).defaultProfileName()).isEqualTo("dev-sso");
        assertThat(catalog(CONFIG, null, Map.of("AWS_PROFILE", "  ")).defaultProfileName()).isEqualTo("default");
    }

    @Test
    void missingFilesGiveAnEmptyListWithoutProblems() {
        ProfileLoadResult result = new ProfileCatalog(dir.resolve("nope"), dir.resolve("nope2"), Map.of()).load();
        assertThat(result.profiles()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aMalformedCredentialsFileIsReportedWithoutHidingTheConfigProfilesOrLeakingItsContent() throws Exception {
        String broken = "[keys\naws_secret_access_key " + FAKE_SECRET + "\n";
        ProfileLoadResult result = catalog(CONFIG, broken, Map.of()).load();

        assertThat(result.profiles()).extracting(AwsProfile::name).contains("default", "dev-sso");
        assertThat(result.problems()).singleElement().asString()
                .contains("credentials file", dir.resolve("credentials").toString(), "line")
                .doesNotContain(FAKE_SECRET);
    }

    @Test
    void aMalformedPropertyLineIsReportedByLineNumberOnly() throws Exception {
        String broken = "[default]\n" + FAKE_SECRET + "\n";
        ProfileLoadResult result = catalog(broken, null, Map.of()).load();
        assertThat(result.profiles()).isEmpty();
        assertThat(result.problems()).singleElement().asString().contains("config file").doesNotContain(FAKE_SECRET);
    }

    @Test
    void aMissingSsoSessionSectionIsAProblemNotACrash() throws Exception {
        ProfileLoadResult result = catalog("[profile x]\nsso_session = gone\n", null, Map.of()).load();
        assertThat(result.find("x").orElseThrow().kind()).isEqualTo(ProfileKind.SSO_SESSION);
        assertThat(result.problems()).singleElement().asString().contains("\"gone\"");
    }

    @Test
    void theDefaultConstructorHonoursTheSdkSystemProperties() throws Exception {
        Path c = Files.writeString(dir.resolve("other-config"), "[profile from-prop]\nregion = ap-south-1\n");
        String old = System.getProperty("aws.configFile");
        System.setProperty("aws.configFile", c.toString());
        try {
            ProfileCatalog catalog = ProfileCatalog.forUser(Map.of());
            assertThat(catalog.configFile()).isEqualTo(c);
            assertThat(catalog.load().find("from-prop").orElseThrow().region()).isEqualTo("ap-south-1");
        } finally {
            if (old == null) {
                System.clearProperty("aws.configFile");
            } else {
                System.setProperty("aws.configFile", old);
            }
        }
    }
}
