package dev.ivsinspector.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.model.FieldDocs;
import dev.ivsinspector.model.ApiMemberOrder;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.model.ResponseTree;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.testing.RecordingDialogs;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.RenditionConfiguration;
import software.amazon.awssdk.services.ivs.model.ThumbnailConfiguration;

/**
 * Properties over 1,000 random inputs each: a malformed ARN never sends a request and always gets a message;
 * any RecordingConfiguration within the API's limits (DESIGN.md section 2) shows every member in the tree with
 * the value it has (absent members as not set). The second needs no network.
 */
class ArnAndTreePropertiesTest {

    /** The API's own pattern and length limit, written here independently of RecordingConfigurationArn. */
    private static final Pattern VALID_ARN =
            Pattern.compile("arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+");
    private static final String VALID = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";

    private static DemoEndpoint endpoint;
    private static SdkIvsGateway gateway;
    private static final RecordingDialogs DIALOGS = new RecordingDialogs();
    private static InspectorViewModel vm;
    private static final ResponseTree TREE = new ResponseTree(FieldDocs.load());

    @BeforeContainer
    static void start() {
        Fx.start();
        endpoint = DemoEndpoint.start();
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        vm = FaultTesting.inspector(gateway, DIALOGS);
    }

    @AfterContainer
    static void stop() {
        gateway.close();
        endpoint.close();
    }

    static boolean isValid(String input) {
        String s = input.strip();
        return s.length() <= 128 && VALID_ARN.matcher(s).matches();
    }

    @Property(tries = 1000)
    void aMalformedArnNeverSendsARequestAndAlwaysGetsAMessage(@ForAll("malformedArns") String arn) {
        int requestsBefore = endpoint.requestCount();

        String[] outcome = Fx.call(() -> {
            vm.arnTextProperty().set(arn);
            vm.fetch();
            return new String[] {vm.arnProblemProperty().get(), String.valueOf(vm.busyProperty().get())};
        });

        assertThat(outcome[0]).as("message for %s", arn).isNotBlank();
        assertThat(outcome[1]).isEqualTo("false");
        assertThat(endpoint.requestCount()).isEqualTo(requestsBefore);
        assertThat(DIALOGS.errors()).isEmpty();
    }

    @Provide
    Arbitrary<String> malformedArns() {
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> arnLike = Arbitraries.strings().withChars("arn:aws:ivs-/recording-configuration0123456789 ._")
                .ofMaxLength(150);
        Arbitrary<String> mutated = Arbitraries.randomValue(ArnAndTreePropertiesTest::mutate);
        return Arbitraries.oneOf(anything, arnLike, mutated, mutated).filter(s -> !isValid(s));
    }

    /** A valid ARN with one thing wrong in it: a bad character, a missing or extra part, too long, ... */
    private static String mutate(Random random) {
        String arn = VALID;
        switch (random.nextInt(9)) {
            case 0 -> {
                int at = random.nextInt(arn.length());
                String bad = "!@#$%^&*()+=[]{}|;'\",<>?`~é中 \t_.";
                arn = arn.substring(0, at) + bad.charAt(random.nextInt(bad.length())) + arn.substring(at + 1);
            }
            case 1 -> arn = arn.replace(":ivs:", random.nextBoolean() ? ":s3:" : ":IVS:");
            case 2 -> arn = arn.replace("recording-configuration/", random.nextBoolean() ? "channel/" : "recording-configuration:");
            case 3 -> arn = arn.replace("arn:aws:", random.nextBoolean() ? "arn:aws-cn:" : "arn:");
            case 4 -> arn = arn.replace("123456789012", random.nextBoolean() ? "" : "12345678901a");
            case 5 -> arn = arn + "x".repeat(1 + random.nextInt(100)) + "y".repeat(60);
            case 6 -> arn = arn.replace("us-west-2", random.nextBoolean() ? "" : "US_WEST_2");
            case 7 -> arn = arn.substring(0, random.nextInt(arn.length()));
            default -> arn = arn.replace("AbCdEf123456", random.nextBoolean() ? "" : "Ab/Cd");
        }
        return arn;
    }

    @Property(tries = 1000)
    void everyMemberOfAValidConfigurationIsShownWithItsValue(@ForAll("configurations") RecordingConfiguration c) {
        List<PropertyNode> nodes = TREE.build(GetRecordingConfigurationResponse.builder().recordingConfiguration(c).build());

        assertThat(nodes).hasSize(1);
        PropertyNode rc = nodes.get(0);
        // Every member the SDK knows, in the service model's order (ApiMemberOrder).
        assertThat(rc.children()).extracting(PropertyNode::name).containsExactlyElementsOf(
                ApiMemberOrder.get().fields(RecordingConfiguration.builder().build()).stream().map(SdkField::locationName).toList());
        assertThat(rc.children()).extracting(PropertyNode::name).containsExactlyInAnyOrderElementsOf(
                RecordingConfiguration.builder().build().sdkFields().stream().map(SdkField::locationName).toList());
        leaf(rc, "arn", c.arn());
        leaf(rc, "name", c.name());
        leaf(rc, "destinationConfiguration.s3.bucketName", c.destinationConfiguration().s3().bucketName());
        leaf(rc, "state", c.stateAsString());
        leaf(rc, "recordingReconnectWindowSeconds", c.recordingReconnectWindowSeconds());
        RenditionConfiguration r = c.renditionConfiguration();
        assertThat(rc.find("recordingConfiguration.renditionConfiguration").set()).isEqualTo(r != null);
        leaf(rc, "renditionConfiguration.renditionSelection", r == null ? null : r.renditionSelectionAsString());
        list(rc, "renditionConfiguration.renditions", r == null || !r.hasRenditions() ? null : r.renditionsAsStrings());
        ThumbnailConfiguration t = c.thumbnailConfiguration();
        assertThat(rc.find("recordingConfiguration.thumbnailConfiguration").set()).isEqualTo(t != null);
        leaf(rc, "thumbnailConfiguration.recordingMode", t == null ? null : t.recordingModeAsString());
        leaf(rc, "thumbnailConfiguration.targetIntervalSeconds", t == null ? null : t.targetIntervalSeconds());
        leaf(rc, "thumbnailConfiguration.resolution", t == null ? null : t.resolutionAsString());
        list(rc, "thumbnailConfiguration.storage", t == null || !t.hasStorage() ? null : t.storageAsStrings());

        PropertyNode tags = rc.find("recordingConfiguration.tags");
        assertThat(tags.set()).isEqualTo(c.hasTags());
        Map<String, String> shown = new LinkedHashMap<>();
        tags.children().forEach(n -> shown.put(n.name(), n.value()));
        assertThat(shown).isEqualTo(c.hasTags() ? c.tags() : Map.of());
    }

    private static void leaf(PropertyNode rc, String member, Object expected) {
        PropertyNode node = rc.find("recordingConfiguration." + member);
        assertThat(node).as(member).isNotNull();
        assertThat(node.set()).as(member + " set").isEqualTo(expected != null);
        assertThat(node.value()).as(member).isEqualTo(expected == null ? null : String.valueOf(expected));
        assertThat(node.displayValue()).as(member).isNotNull();
    }

    private static void list(PropertyNode rc, String member, List<String> expected) {
        PropertyNode node = rc.find("recordingConfiguration." + member);
        assertThat(node.set()).as(member + " set").isEqualTo(expected != null);
        assertThat(node.children()).extracting(PropertyNode::value).containsExactlyElementsOf(
                expected == null ? List.of() : expected);
    }

    @Provide
    Arbitrary<RecordingConfiguration> configurations() {
        return Arbitraries.randomValue(ArnAndTreePropertiesTest::configuration);
    }

    private static final String LOWER_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String ALNUM = LOWER_DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** A configuration within the API's limits; each optional member is absent about a third of the time. */
    private static RecordingConfiguration configuration(Random random) {
        String region = text(random, LOWER_DIGITS + "-", 1, 20);
        String account = text(random, "0123456789", 1, 12);
        String prefix = "arn:aws:ivs:" + region + ":" + account + ":recording-configuration/";
        String arn = prefix + text(random, ALNUM + "-", 1, 128 - prefix.length());
        RecordingConfiguration.Builder b = RecordingConfiguration.builder()
                .arn(arn)
                .destinationConfiguration(d -> d.s3(s -> s.bucketName(text(random, LOWER_DIGITS + "-.", 3, 63))))
                .state(pick(random, "CREATING", "CREATE_FAILED", "ACTIVE"));
        if (random.nextInt(3) > 0) {
            b.name(text(random, ALNUM + "-_", 0, 128));
        }
        if (random.nextInt(3) > 0) {
            b.recordingReconnectWindowSeconds(random.nextInt(301));
        }
        if (random.nextInt(3) > 0) {
            RenditionConfiguration.Builder r = RenditionConfiguration.builder();
            if (random.nextInt(3) > 0) {
                r.renditionSelection(pick(random, "ALL", "NONE", "CUSTOM"));
            }
            if (random.nextInt(3) > 0) {
                r.renditionsWithStrings(subset(random, "SD", "HD", "FULL_HD", "LOWEST_RESOLUTION"));
            }
            b.renditionConfiguration(r.build());
        }
        if (random.nextInt(3) > 0) {
            ThumbnailConfiguration.Builder t = ThumbnailConfiguration.builder();
            if (random.nextInt(3) > 0) {
                t.recordingMode(pick(random, "DISABLED", "INTERVAL"));
            }
            if (random.nextInt(3) > 0) {
                t.targetIntervalSeconds(1L + random.nextInt(60));
            }
            if (random.nextInt(3) > 0) {
                t.resolution(pick(random, "SD", "HD", "FULL_HD", "LOWEST_RESOLUTION"));
            }
            if (random.nextInt(3) > 0) {
                t.storageWithStrings(subset(random, "SEQUENTIAL", "LATEST"));
            }
            b.thumbnailConfiguration(t.build());
        }
        if (random.nextInt(3) > 0) {
            Map<String, String> tags = new LinkedHashMap<>();
            int count = random.nextInt(51);
            String keyChars = ALNUM + " _.:/=+-@\"\\[]é中";
            for (int i = 0; i < count; i++) {
                tags.put(text(random, keyChars, 1, 128), text(random, keyChars + "\n\t", 0, 256));
            }
            b.tags(tags);
        }
        return b.build();
    }

    private static String text(Random random, String chars, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        return sb.toString();
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private static List<String> subset(Random random, String... values) {
        List<String> chosen = new ArrayList<>();
        for (String v : values) {
            if (random.nextBoolean()) {
                chosen.add(v);
            }
        }
        return chosen;
    }
}
