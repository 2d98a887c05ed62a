package dev.ivsinspector.model.recreate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.RecordingConfigurationArn;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * The three Recreate formats for every curated demo configuration, fetched over HTTP as the app gets them:
 * golden files (run with -Dgolden.update=true to write them after a deliberate change), the CLI command's JSON
 * read back to the same settings, and CloudFormation's property names.
 */
class RecreateFormatsTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/ivsinspector/model/recreate");
    private static final Set<String> CFN_PROPERTIES = Set.of("AWSTemplateFormatVersion", "Resources",
            "RecordingConfiguration", "Type", "Properties", "Name", "DestinationConfiguration", "S3", "BucketName",
            "RecordingReconnectWindowSeconds", "RenditionConfiguration", "RenditionSelection", "Renditions",
            "ThumbnailConfiguration", "RecordingMode", "TargetIntervalSeconds", "Resolution", "Storage", "Tags",
            "Key", "Value", "Outputs", "RecordingConfigurationArn");
    private static DemoEndpoint endpoint;
    private static SdkIvsGateway ivs;

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start();
        ivs = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
    }

    @AfterAll
    static void stop() {
        ivs.close();
        endpoint.close();
    }

    static Stream<String> curatedIds() {
        // Leaves out the paging region's generated configurations.
        return SampleAccount.standard().configs().stream().map(SampleConfig::id).filter(id -> !id.startsWith("Gen"));
    }

    private static RecordingConfiguration fetch(String id) {
        SampleConfig sample = SampleAccount.standard().configs().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow();
        return ivs.getRecordingConfiguration(RecordingConfigurationArn.parse(sample.arn())).recordingConfiguration();
    }

    @ParameterizedTest
    @MethodSource("curatedIds")
    void everyFormatMatchesItsGoldenFile(String id) throws IOException {
        Recipe recipe = Recipe.of(fetch(id));
        for (RecreateFormat format : RecreateFormat.values()) {
            Path golden = GOLDEN.resolve(id + "." + format.extension());
            String rendered = format.render(recipe);
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(golden, rendered, StandardCharsets.UTF_8);
            }
            assertThat(rendered).as(golden.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @MethodSource("curatedIds")
    void theCliCommandReadsBackToTheSameSettings(String id) {
        Recipe original = Recipe.of(fetch(id));
        assertThat(parseCli(RecreateFormat.CLI.render(original))).isEqualTo(original);
        Recipe fixed = original.withBucket("fixed-bucket." + original.region());
        assertThat(parseCli(RecreateFormat.CLI.render(fixed))).isEqualTo(fixed);
    }

    @ParameterizedTest
    @MethodSource("curatedIds")
    void cloudFormationUsesTheResourceTypesPropertyNames(String id) {
        String yaml = RecreateFormat.CLOUDFORMATION.render(Recipe.of(fetch(id)));
        assertThat(yaml).contains("Type: AWS::IVS::RecordingConfiguration");
        Matcher keys = Pattern.compile("(?m)^\\s*(?:- )?([A-Za-z0-9]+):").matcher(yaml);
        Set<String> used = new TreeSet<>();
        while (keys.find()) {
            used.add(keys.group(1));
        }
        assertThat(CFN_PROPERTIES).containsAll(used);
    }

    @ParameterizedTest
    @MethodSource("curatedIds")
    void terraformNamesWhatTheProviderCannotExpress(String id) {
        Recipe recipe = Recipe.of(fetch(id));
        String hcl = RecreateFormat.TERRAFORM.render(recipe);
        assertThat(hcl).contains("resource \"aws_ivs_recording_configuration\"")
                .contains("bucket_name = \"" + recipe.bucketName() + "\"")
                .doesNotContain("rendition_configuration").doesNotContainPattern("(?m)^\\s+(storage|resolution) =");
        if (recipe.renditionSelection() != null) {
            assertThat(hcl).contains("# Not expressible").contains("renditionSelection = " + recipe.renditionSelection());
        }
        if (recipe.thumbnailStorage() != null) {
            assertThat(hcl).contains("thumbnailConfiguration.storage = " + recipe.thumbnailStorage());
        }
    }

    /** Reads the command back the way a shell and the CLI would: unquote each argument, parse its JSON. */
    static Recipe parseCli(String command) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String line : command.strip().split(" \\\\\n  ")) {
            if (line.startsWith("--")) {
                int space = line.indexOf(' ');
                args.put(line.substring(2, space), unquote(line.substring(space + 1)));
            }
        }
        JsonNode destination = JsonNode.parser().parse(args.get("destination-configuration"));
        JsonNode rendition = args.containsKey("rendition-configuration")
                ? JsonNode.parser().parse(args.get("rendition-configuration")) : null;
        JsonNode thumbnails = args.containsKey("thumbnail-configuration")
                ? JsonNode.parser().parse(args.get("thumbnail-configuration")) : null;
        Map<String, String> tags = null;
        if (args.containsKey("tags")) {
            tags = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : JsonNode.parser().parse(args.get("tags")).asObject().entrySet()) {
                tags.put(e.getKey(), e.getValue().asString());
            }
        }
        return new Recipe(args.get("region"), args.get("name"),
                destination.field("s3").orElseThrow().field("bucketName").orElseThrow().asString(),
                args.containsKey("recording-reconnect-window-seconds")
                        ? Integer.valueOf(args.get("recording-reconnect-window-seconds")) : null,
                text(rendition, "renditionSelection"), strings(rendition, "renditions"),
                text(thumbnails, "recordingMode"),
                thumbnails == null ? null : thumbnails.field("targetIntervalSeconds").map(n -> Long.valueOf(n.asNumber())).orElse(null),
                text(thumbnails, "resolution"), strings(thumbnails, "storage"), tags);
    }

    private static String text(JsonNode node, String member) {
        return node == null ? null : node.field(member).map(JsonNode::asString).orElse(null);
    }

    private static List<String> strings(JsonNode node, String member) {
        if (node == null || node.field(member).isEmpty()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        node.field(member).get().asArray().forEach(v -> values.add(v.asString()));
        return values;
    }

    private static String unquote(String arg) {
        if (!arg.startsWith("'")) {
            return arg;
        }
        return arg.substring(1, arg.length() - 1).replace("'\\''", "'");
    }
}
