package dev.ivsinspector.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.testing.SampleResponses;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small pure pieces behind the power features: console links, JSON paths, the tree filter. */
class PowerModelTest {

    @Test
    void consoleLinksPointAtTheConfigurationsOwnRegion() {
        assertThat(ConsoleLinks.recordingConfiguration(
                "arn:aws:ivs:eu-west-1:123456789012:recording-configuration/Eu1Wx2Yz3Ab4"))
                .isEqualTo("https://eu-west-1.console.aws.amazon.com/ivs/home?region=eu-west-1"
                        + "#/recording-configurations/Eu1Wx2Yz3Ab4");
        assertThat(ConsoleLinks.bucket("eu.gdpr-recordings.example", "eu-west-1"))
                .isEqualTo("https://s3.console.aws.amazon.com/s3/buckets/eu.gdpr-recordings.example?region=eu-west-1");
    }

    @Test
    void jsonPathsAreSpelledAsTheTreeSpellsThem() {
        Object json = SdkJson.of(SampleResponses.full().toBuilder().recordingConfiguration(
                SampleResponses.full().recordingConfiguration().toBuilder().tags(Map.of("cost center", "x")).build()).build());
        Map<String, String> leaves = JsonPaths.flatten(json);

        assertThat(leaves).containsEntry("recordingConfiguration.renditionConfiguration.renditions[1]", "SD")
                .containsEntry("recordingConfiguration.tags[\"cost center\"]", "x")
                .containsEntry("recordingConfiguration.recordingReconnectWindowSeconds", "30");
        assertThat(JsonPaths.find(json, "recordingConfiguration.thumbnailConfiguration.storage"))
                .isEqualTo(List.of("SEQUENTIAL", "LATEST"));
        assertThat(JsonPaths.find(json, "recordingConfiguration.tags[\"cost center\"]")).isEqualTo("x");
        assertThat(JsonPaths.find(json, "recordingConfiguration.nothing")).isNull();
    }

    @Test
    void theFilterKeepsMatchesTheirAncestorsAndWhatIsUnderAMatchingContainer() {
        List<PropertyNode> nodes = new ResponseTree(FieldDocs.load()).build(SampleResponses.full());

        List<PropertyNode> kept = TreeFilter.apply(nodes, "FULL_hd");
        PropertyNode root = kept.get(0);
        assertThat(root.children()).extracting(PropertyNode::name).containsExactly("thumbnailConfiguration");
        assertThat(root.children().get(0).children()).extracting(PropertyNode::name).containsExactly("resolution");

        PropertyNode thumbnails = TreeFilter.apply(nodes, "thumbnailConfiguration").get(0).children().get(0);
        assertThat(thumbnails.children()).hasSize(4);
        assertThat(TreeFilter.apply(nodes, "no such thing")).isEmpty();
        assertThat(TreeFilter.apply(nodes, "  ")).isSameAs(nodes);
    }
}
