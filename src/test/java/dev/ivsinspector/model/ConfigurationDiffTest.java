package dev.ivsinspector.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.model.ConfigurationDiff.Row;
import dev.ivsinspector.model.ConfigurationDiff.Status;
import dev.ivsinspector.testing.SampleResponses;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** Pairs that differ in exactly one member each: the diff names that member and nothing else. */
class ConfigurationDiffTest {

    private static final RecordingConfiguration FULL = SampleResponses.full().recordingConfiguration();

    private static List<Row> differences(UnaryOperator<RecordingConfiguration.Builder> change) {
        return ConfigurationDiff.compare(FULL, change.apply(FULL.toBuilder()).build()).stream()
                .filter(Row::differs).toList();
    }

    @Test
    void identicalConfigurationsHaveNoDifferences_andEveryMemberIsARow() {
        List<Row> rows = ConfigurationDiff.compare(FULL, FULL.toBuilder().build());
        assertThat(ConfigurationDiff.differences(rows)).isZero();
        assertThat(rows).extracting(Row::path).contains("arn", "destinationConfiguration.s3.bucketName", "name",
                "recordingReconnectWindowSeconds", "renditionConfiguration.renditions[1]", "state",
                "thumbnailConfiguration.storage[1]", "tags.team");
    }

    @Test
    void eachScalarMemberThatDiffersIsOneChangedRow() {
        assertThat(differences(b -> b.arn(FULL.arn().replace("AbCdEf123456", "Other1"))))
                .extracting(Row::path, Row::status).containsExactly(org.assertj.core.groups.Tuple.tuple("arn", Status.CHANGED));
        assertThat(differences(b -> b.name("other"))).extracting(Row::path, Row::left, Row::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "prod-live", "other"));
        assertThat(differences(b -> b.state("CREATE_FAILED"))).extracting(Row::path).containsExactly("state");
        assertThat(differences(b -> b.recordingReconnectWindowSeconds(60))).extracting(Row::path)
                .containsExactly("recordingReconnectWindowSeconds");
        assertThat(differences(b -> b.destinationConfiguration(d -> d.s3(s -> s.bucketName("other-bucket")))))
                .extracting(Row::path).containsExactly("destinationConfiguration.s3.bucketName");
        assertThat(differences(b -> b.renditionConfiguration(FULL.renditionConfiguration().toBuilder().renditionSelection("ALL").build())))
                .extracting(Row::path).containsExactly("renditionConfiguration.renditionSelection");
        assertThat(differences(b -> b.thumbnailConfiguration(FULL.thumbnailConfiguration().toBuilder().recordingMode("DISABLED").build())))
                .extracting(Row::path).containsExactly("thumbnailConfiguration.recordingMode");
        assertThat(differences(b -> b.thumbnailConfiguration(FULL.thumbnailConfiguration().toBuilder().targetIntervalSeconds(30L).build())))
                .extracting(Row::path).containsExactly("thumbnailConfiguration.targetIntervalSeconds");
        assertThat(differences(b -> b.thumbnailConfiguration(FULL.thumbnailConfiguration().toBuilder().resolution("SD").build())))
                .extracting(Row::path).containsExactly("thumbnailConfiguration.resolution");
    }

    @Test
    void listsDifferPerElement_andAShorterListLeavesOnlyLeftRows() {
        assertThat(differences(b -> b.renditionConfiguration(r -> r.renditionSelection("CUSTOM").renditionsWithStrings("HD"))))
                .extracting(Row::path, Row::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("renditionConfiguration.renditions[1]", Status.ONLY_LEFT));
        assertThat(differences(b -> b.thumbnailConfiguration(FULL.thumbnailConfiguration().toBuilder().storageWithStrings("LATEST", "SEQUENTIAL").build())))
                .extracting(Row::path).containsExactly("thumbnailConfiguration.storage[0]", "thumbnailConfiguration.storage[1]");
    }

    @Test
    void membersPresentOnOneSideOnly() {
        assertThat(differences(b -> b.name(null))).extracting(Row::path, Row::status, Row::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", Status.ONLY_LEFT, null));
        assertThat(differences(b -> b.tags(Map.of("team", "video", "env", "prod")))).extracting(Row::path, Row::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tags.env", Status.ONLY_RIGHT));
        assertThat(differences(b -> b.tags(Map.of("team", "audio")))).extracting(Row::path).containsExactly("tags.team");
        assertThat(differences(b -> b.tags(Map.of("cost center", "x", "team", "video")))).extracting(Row::path)
                .containsExactly("tags[\"cost center\"]");
        assertThat(differences(b -> b.thumbnailConfiguration((software.amazon.awssdk.services.ivs.model.ThumbnailConfiguration) null)))
                .extracting(Row::path).containsExactlyInAnyOrder("thumbnailConfiguration.recordingMode",
                        "thumbnailConfiguration.targetIntervalSeconds", "thumbnailConfiguration.resolution",
                        "thumbnailConfiguration.storage[0]", "thumbnailConfiguration.storage[1]");
        assertThat(differences(b -> b.tags(Map.of()))).extracting(Row::path, Row::left, Row::right)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tags", null, "{}"),
                        org.assertj.core.groups.Tuple.tuple("tags.team", "video", null));
    }

    @Test
    void rightOnlyMembersStayNextToTheirNeighbours() {
        RecordingConfiguration minimal = RecordingConfiguration.builder().arn(FULL.arn()).state("ACTIVE")
                .destinationConfiguration(FULL.destinationConfiguration()).build();
        List<String> paths = ConfigurationDiff.compare(minimal, FULL).stream().map(Row::path).toList();
        // Rows follow the service model's member order (arn, name, destinationConfiguration, state, tags, ...).
        assertThat(paths.subList(0, 4)).containsExactly("arn", "name", "destinationConfiguration.s3.bucketName",
                "state");
        assertThat(paths).containsSubsequence("state", "tags.team", "thumbnailConfiguration.recordingMode",
                "recordingReconnectWindowSeconds", "renditionConfiguration.renditions[1]");
    }
}
