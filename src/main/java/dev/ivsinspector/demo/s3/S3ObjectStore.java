package dev.ivsinspector.demo.s3;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The demo account's buckets by name (bucket names are global in S3). */
public final class S3ObjectStore {
    private final Map<String, S3Bucket> buckets = new ConcurrentHashMap<>();

    public void add(S3Bucket bucket) {
        buckets.put(bucket.name(), bucket);
    }

    public Optional<S3Bucket> bucket(String name) {
        return Optional.ofNullable(buckets.get(name));
    }

    public java.util.Collection<S3Bucket> buckets() {
        return buckets.values();
    }

    public boolean isEmpty() {
        return buckets.isEmpty();
    }
}
