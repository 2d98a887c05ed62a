package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupChoiceTest {

    @TempDir
    Path home;

    @BeforeEach
    void pointTheSdkAtAnEmptyHome() {
        // System properties win over AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE in the SDK's resolution.
        System.setProperty("aws.configFile", home.resolve(".aws/config").toString());
        System.setProperty("aws.sharedCredentialsFile", home.resolve(".aws/credentials").toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
    }

    @Test
    void withoutAnyAwsSetupTheDemoIsChosen() {
        assertThat(AwsSetupDetector.hasAwsSetup(Map.of())).isFalse();
    }

    @Test
    void aConfigFileOrCredentialsInTheEnvironmentMeanARealAccount() throws IOException {
        assertThat(AwsSetupDetector.hasAwsSetup(Map.of("AWS_ACCESS_KEY_ID", "AKIAEXAMPLE"))).isTrue();
        assertThat(AwsSetupDetector.hasAwsSetup(Map.of("AWS_PROFILE", "prod"))).isTrue();

        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), "[default]\nregion = eu-west-1\n");
        assertThat(AwsSetupDetector.hasAwsSetup(Map.of())).isTrue();
    }

    @Test
    void parsesTheCommandLine() {
        CommandLine line = CommandLine.parse(List.of("arn:aws:ivs:us-west-2:1:recording-configuration/x", "--profile", "prod",
                "--region=eu-west-1", "--endpoint-url", "http://127.0.0.1:4566"));

        assertThat(line.arn()).isEqualTo("arn:aws:ivs:us-west-2:1:recording-configuration/x");
        assertThat(line.profile()).isEqualTo("prod");
        assertThat(line.region()).isEqualTo("eu-west-1");
        assertThat(line.endpointUrl()).hasToString("http://127.0.0.1:4566");
        assertThat(line.demo()).isFalse();
        assertThat(CommandLine.parse(List.of("--demo")).demo()).isTrue();
    }

    @Test
    void rejectsUnknownOptionsAndMissingValuesWithUsage() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--profil", "x"))).hasMessageContaining("Usage:");
        assertThatThrownBy(() -> CommandLine.parse(List.of("--profile"))).hasMessageContaining("--profile needs a value");
    }
}
