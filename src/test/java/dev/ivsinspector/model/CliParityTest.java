package dev.ivsinspector.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleConfig;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the AWS CLI is installed, the JSON tab's text is compared with what {@code aws ivs
 * get-recording-configuration} prints for the same configuration of the demo endpoint: same members, values,
 * nesting, member order (the service model's, see ApiMemberOrder), indent, separators and escaping,
 * character for character. Skipped where there is no CLI (the SDK-based comparison in
 * SdkJsonMatchesTheSdkTest always runs).
 */
class CliParityTest {

    @TempDir
    Path home;

    @Test
    void theJsonTabPrintsExactlyWhatTheCliPrints() throws Exception {
        assumeTrue(onPath("aws"), "the AWS CLI is not installed");
        SampleAccount account = SampleAccount.standard();
        List<SampleConfig> curated = account.configs().stream().filter(c -> !c.region().equals("ap-south-1")).toList();
        try (DemoEndpoint endpoint = DemoEndpoint.start(account);
             SdkIvsGateway gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()))) {
            for (SampleConfig config : curated) {
                String ours = JsonText.pretty(SdkJson.of(
                        gateway.getRecordingConfiguration(RecordingConfigurationArn.parse(config.arn()))));
                assertThat(cli(endpoint, config)).as(config.arn()).isEqualTo(ours);
            }
        }
    }

    private String cli(DemoEndpoint endpoint, SampleConfig config) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("aws", "--endpoint-url", endpoint.uri().toString(),
                "--region", config.region(), "--output", "json", "ivs", "get-recording-configuration", "--arn", config.arn());
        builder.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("AWS_CONFIG_FILE", home.resolve("none").toString());
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("none").toString());
        builder.environment().put("AWS_ACCESS_KEY_ID", DemoEndpoint.ACCESS_KEY_ID);
        builder.environment().put("AWS_SECRET_ACCESS_KEY", DemoEndpoint.SECRET_ACCESS_KEY);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.stripTrailing();
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
