package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.ServiceMetadata;
import org.junit.jupiter.api.Test;

class IvsRegionsTest {

    @Test
    void containsTheRegionsWhereIvsRunsAndNotOthers() {
        List<String> regions = IvsRegions.all();
        assertThat(regions).contains("us-west-2", "us-east-1", "eu-west-1", "ap-northeast-1");
        // IVS has never been offered in these (S3 and most other services are).
        assertThat(regions).doesNotContain("us-east-2", "af-south-1", "sa-east-1", "aws-global");
        assertThat(IvsRegions.contains("us-west-2")).isTrue();
        assertThat(IvsRegions.contains("us-east-2")).isFalse();
        assertThat(IvsRegions.contains(null)).isFalse();
    }

    @Test
    void sameRegionsAsTheSdksServiceLookupGives() {
        // IvsRegions reads IVS's generated metadata class directly (cheaper at start-up): it must say the same.
        List<String> viaLookup = ServiceMetadata.of("ivs").regions().stream()
                .filter(r -> !r.isGlobalRegion()).map(Region::id).toList();
        assertThat(IvsRegions.all()).containsExactlyInAnyOrderElementsOf(viaLookup);
    }

    @Test
    void standardPartitionComesFirstAndIsSorted() {
        List<String> regions = IvsRegions.all();
        List<String> standard = regions.stream().filter(r -> !r.startsWith("cn-") && !r.startsWith("us-gov-")).toList();
        assertThat(regions.subList(0, standard.size())).isEqualTo(standard).isSorted();
    }

    @Test
    void describesRegionsForTheUser() {
        assertThat(IvsRegions.description("us-west-2")).hasValue("US West (Oregon)");
    }
}
