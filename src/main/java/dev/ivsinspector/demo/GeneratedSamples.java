package dev.ivsinspector.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Many deterministic configurations for paging and benchmarks. Everything derives from the index, so
 * two runs (and two test JVMs) see the same names, buckets, states and tags.
 */
final class GeneratedSamples {
    /** Generated ids are "Gen" plus nine digits: 12 characters like the service's own ids. */
    static final String ID_PREFIX = "Gen";

    private static final String[] NAMES = {"show", "class", "match", "talk", "concert", "meetup", "lecture"};
    private static final String[] RESOLUTIONS = {"SD", "HD", "FULL_HD", "LOWEST_RESOLUTION", null};

    private GeneratedSamples() {
    }

    static List<SampleConfig> generate(String region, int firstIndex, int count) {
        List<SampleConfig> configs = new ArrayList<>(count);
        for (int i = firstIndex; i < firstIndex + count; i++) {
            configs.add(config(region, i));
        }
        return configs;
    }

    /** What String.format("%0<width>d") gives, without the formatter's start-up cost (the demo starts with the app). */
    static String zeroPadded(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Every bucket name the generated configurations of {@code region} use. */
    static List<String> bucketNames(String region) {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            names.add("media.archive-" + i + ".example");
        }
        for (int i = 0; i < 10; i++) {
            names.add("ivs-recordings-" + region + "-" + i);
        }
        return names;
    }

    static boolean isGenerated(SampleConfig config) {
        return config.id().startsWith(ID_PREFIX);
    }

    private static SampleConfig config(String region, int i) {
        String state = i % 37 == 36 ? "CREATE_FAILED" : i % 23 == 22 ? "CREATING" : "ACTIVE";
        String bucket = i % 3 == 0
                ? "media.archive-" + (i % 5) + ".example"
                : "ivs-recordings-" + region + "-" + (i % 10);
        SampleConfig.Builder b = SampleConfig.builder(region, ID_PREFIX + zeroPadded(i, 9), bucket, state)
                .name(NAMES[i % NAMES.length] + "-" + zeroPadded(i, 5));
        if (i % 4 != 0) {
            b.reconnectWindowSeconds((i * 7) % 301);
        }
        switch (i % 3) {
            case 0 -> b.renditions("ALL");
            case 1 -> b.renditions("NONE");
            default -> b.renditions("CUSTOM", "HD", "SD");
        }
        if (i % 5 == 0) {
            b.thumbnails("DISABLED", null, null, "SEQUENTIAL");
        } else {
            b.thumbnails("INTERVAL", (long) (1 + i % 60), RESOLUTIONS[i % RESOLUTIONS.length],
                    i % 2 == 0 ? new String[] {"SEQUENTIAL"} : new String[] {"SEQUENTIAL", "LATEST"});
        }
        Map<String, String> tags = new LinkedHashMap<>();
        if (i % 10 != 0) {
            tags.put("generated", "true");
            tags.put("batch", String.valueOf(i / 100));
        }
        return b.tags(tags).build();
    }
}
