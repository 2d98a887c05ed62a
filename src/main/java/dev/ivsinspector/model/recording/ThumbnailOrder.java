package dev.ivsinspector.model.recording;

import java.util.Comparator;
import java.util.List;

/**
 * Orders thumbnail keys by time. IVS numbers them (thumb0.jpg, thumb1.jpg, ... thumb10.jpg), and S3 lists
 * them as text, where thumb10 comes before thumb2; the number in the file name decides instead.
 */
public final class ThumbnailOrder {

    private ThumbnailOrder() {
    }

    public static List<String> oldestFirst(List<String> keys) {
        return keys.stream()
                .filter(ThumbnailOrder::isImage)
                .sorted(Comparator.comparingLong(ThumbnailOrder::number).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    static boolean isImage(String key) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png");
    }

    private static long number(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        long value = 0;
        boolean any = false;
        for (char c : name.toCharArray()) {
            if (Character.isDigit(c)) {
                any = true;
                value = Math.min(value * 10 + (c - '0'), Long.MAX_VALUE / 10);
            } else if (any) {
                break;
            }
        }
        return any ? value : Long.MAX_VALUE;
    }
}
