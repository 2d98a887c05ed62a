package dev.ivsinspector.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import dev.ivsinspector.testing.SampleResponses;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

class ResponseTreeTest {

    private static final String ARN = SampleResponses.FULL_ARN;
    private final ResponseTree tree = new ResponseTree(FieldDocs.load());

    @Test
    void showsEveryMemberWithItsValueAndPath() {
        PropertyNode root = new PropertyNode("", "", NodeKind.STRUCTURE, "", "", true, List.of(), null, null, "",
                tree.build(SampleResponses.full()));

        assertThat(root.find("recordingConfiguration.arn").value()).isEqualTo(ARN);
        assertThat(root.find("recordingConfiguration.destinationConfiguration.s3.bucketName").value())
                .isEqualTo("media.example-recordings");
        assertThat(root.find("recordingConfiguration.recordingReconnectWindowSeconds").value()).isEqualTo("30");
        assertThat(root.find("recordingConfiguration.renditionConfiguration.renditions[1]").value()).isEqualTo("SD");
        assertThat(root.find("recordingConfiguration.thumbnailConfiguration.storage[1]").value()).isEqualTo("LATEST");
        assertThat(root.find("recordingConfiguration.tags.team").value()).isEqualTo("video");
        assertThat(root.find("recordingConfiguration.tags.team").name()).isEqualTo("team");
    }

    @Test
    void keepsTheApiOrderOfMembers() {
        PropertyNode configuration = tree.build(SampleResponses.full()).get(0);

        // The service model's order, as the AWS CLI and the API reference show it (the SDK's is alphabetical).
        assertThat(configuration.children()).extracting(PropertyNode::name).containsExactly(
                "arn", "name", "destinationConfiguration", "state", "tags", "thumbnailConfiguration",
                "recordingReconnectWindowSeconds", "renditionConfiguration");
        assertThat(configuration.find("recordingConfiguration.thumbnailConfiguration").children())
                .extracting(PropertyNode::name).containsExactly("recordingMode", "targetIntervalSeconds", "resolution", "storage");
    }

    @Test
    void describesEnumerationsWithTheirAllowedValuesFromTheSdk() {
        PropertyNode configuration = tree.build(SampleResponses.full()).get(0);
        PropertyNode state = configuration.find("recordingConfiguration.state");
        PropertyNode rendition = configuration.find("recordingConfiguration.renditionConfiguration.renditions[0]");

        assertThat(state.kind()).isEqualTo(NodeKind.ENUM);
        assertThat(state.allowedValues()).containsExactlyInAnyOrder("CREATING", "CREATE_FAILED", "ACTIVE");
        assertThat(rendition.allowedValues()).contains("SD", "HD", "FULL_HD", "LOWEST_RESOLUTION");
        assertThat(configuration.find("recordingConfiguration.renditionConfiguration.renditions").typeName())
                .isEqualTo("list of enum");
        assertThat(configuration.find("recordingConfiguration.recordingReconnectWindowSeconds").typeName())
                .isEqualTo("integer");
        assertThat(configuration.find("recordingConfiguration.thumbnailConfiguration.targetIntervalSeconds").typeName())
                .isEqualTo("long");
        assertThat(configuration.find("recordingConfiguration.recordingReconnectWindowSeconds").range())
                .isEqualTo("0..300 seconds");
    }

    @Test
    void showsAbsentOptionalMembersWithTheirDefaults() {
        var minimal = GetRecordingConfigurationResponse.builder().recordingConfiguration(RecordingConfiguration.builder()
                .arn(ARN).destinationConfiguration(d -> d.s3(s -> s.bucketName("b-1"))).state("CREATING").build()).build();
        PropertyNode configuration = tree.build(minimal).get(0);

        PropertyNode window = configuration.find("recordingConfiguration.recordingReconnectWindowSeconds");
        assertThat(window.set()).isFalse();
        assertThat(window.displayValue()).isEqualTo("not set (default: 0)");
        PropertyNode mode = configuration.find("recordingConfiguration.thumbnailConfiguration.recordingMode");
        assertThat(mode.set()).isFalse();
        assertThat(mode.displayValue()).isEqualTo("not set (default: INTERVAL)");
        assertThat(configuration.find("recordingConfiguration.thumbnailConfiguration").set()).isFalse();
        assertThat(configuration.find("recordingConfiguration.renditionConfiguration.renditionSelection").displayValue())
                .isEqualTo("not set (default: ALL)");
        assertThat(configuration.find("recordingConfiguration.tags").set()).isFalse();
        assertThat(configuration.find("recordingConfiguration.tags").children()).isEmpty();
    }

    @Test
    void tellsAnEmptyListFromAnAbsentOne() {
        var withEmpty = GetRecordingConfigurationResponse.builder().recordingConfiguration(RecordingConfiguration.builder()
                .arn(ARN).destinationConfiguration(d -> d.s3(s -> s.bucketName("b-1"))).state("ACTIVE")
                .thumbnailConfiguration(t -> t.storageWithStrings(List.of())).build()).build();
        PropertyNode storage = tree.build(withEmpty).get(0).find("recordingConfiguration.thumbnailConfiguration.storage");

        assertThat(storage.set()).isTrue();
        assertThat(storage.value()).isEqualTo("empty");
    }

    @Test
    void everyKnownMemberHasOurOwnDescription() {
        assertAllDescribed(tree.build(SampleResponses.full()));
    }

    private static void assertAllDescribed(List<PropertyNode> nodes) {
        for (PropertyNode node : nodes) {
            assertThat(node.description()).as(node.path()).isNotEqualTo(FieldDocs.UNDOCUMENTED);
            assertAllDescribed(node.children());
        }
    }
}
