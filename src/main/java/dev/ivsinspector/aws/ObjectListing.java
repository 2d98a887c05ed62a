package dev.ivsinspector.aws;

import java.util.List;

/**
 * One page of ListObjectsV2.
 *
 * @param folders   the common prefixes (with a delimiter), in the order S3 sent them
 * @param keys      the object keys, in the order S3 sent them
 * @param nextToken the continuation token of the next page, or null after the last
 */
public record ObjectListing(List<String> folders, List<String> keys, String nextToken) {

    public ObjectListing {
        folders = List.copyOf(folders);
        keys = List.copyOf(keys);
    }
}
