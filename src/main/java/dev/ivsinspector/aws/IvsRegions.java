package dev.ivsinspector.aws;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.regions.GeneratedPartitionMetadataProvider;
import software.amazon.awssdk.regions.GeneratedRegionMetadataProvider;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.regions.servicemetadata.IvsServiceMetadata;

/**
 * The regions where IVS exists, taken from the SDK's own endpoint metadata so the list grows with SDK
 * upgrades instead of with our edits.
 */
public final class IvsRegions {

    private static final String STANDARD_PARTITION = "aws";
    /*
     * The SDK's generated metadata classes are read directly, not through ServiceMetadata.of("ivs"),
     * Region.metadata() or PartitionMetadata.of(...): each of those first builds a map holding the metadata
     * of all ~320 AWS services (320 classes). The window needs this list before it shows; the first SDK
     * client loads that map too, but on the warm-up thread, which the window does not wait for.
     */
    private static final GeneratedRegionMetadataProvider REGION_METADATA = new GeneratedRegionMetadataProvider();
    private static final GeneratedPartitionMetadataProvider PARTITION_METADATA =
            new GeneratedPartitionMetadataProvider();

    private IvsRegions() {
    }

    /**
     * Region ids, the standard partition first (where nearly every user is), then by partition and id.
     * Read once: the SDK's metadata is fixed for the life of the process and costs tens of milliseconds.
     */
    public static List<String> all() {
        return Holder.ALL;
    }

    private static final class Holder {
        static final List<String> ALL = read();
    }

    private static List<String> read() {
        return new IvsServiceMetadata().regions().stream()
                .filter(r -> !r.isGlobalRegion())
                .sorted(Comparator.comparing((Region r) -> !STANDARD_PARTITION.equals(partitionOf(r)))
                        .thenComparing(IvsRegions::partitionOf)
                        .thenComparing(Region::id))
                .map(Region::id)
                .toList();
    }

    public static boolean contains(String regionId) {
        return regionId != null && all().contains(regionId);
    }

    /** A human name such as "US West (Oregon)" for a region id, when the SDK knows one. */
    public static Optional<String> description(String regionId) {
        RegionMetadata metadata = REGION_METADATA.regionMetadata(Region.of(regionId));
        return Optional.ofNullable(metadata).map(RegionMetadata::description);
    }

    private static String partitionOf(Region region) {
        PartitionMetadata partition = PARTITION_METADATA.partitionMetadata(region);
        return partition == null ? "" : partition.id();
    }
}
