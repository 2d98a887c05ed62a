package dev.ivsinspector.demo.s3;

import java.util.NavigableMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

/**
 * What a demo bucket holds: its objects sorted by key as S3 lists them (UTF-8 binary order, which for these
 * ASCII keys is String order). Filled on first use, so a bucket of thousands of recordings does not slow
 * down the demo's start. Whether a caller may read it and where it lives is the bucket's SampleBucket.
 */
public final class S3Bucket {
    private final String name;
    private final Consumer<S3Bucket> filler;
    private final NavigableMap<String, S3Object> objects = new ConcurrentSkipListMap<>();
    private volatile boolean filled;

    public S3Bucket(String name, Consumer<S3Bucket> filler) {
        this.name = Objects.requireNonNull(name);
        this.filler = filler;
        this.filled = filler == null;
    }

    public String name() {
        return name;
    }

    public void put(String key, S3Object object) {
        objects.put(key, object);
    }

    /** The objects, filled on first use. */
    public NavigableMap<String, S3Object> objects() {
        if (!filled) {
            synchronized (this) {
                if (!filled) {
                    filler.accept(this);
                    filled = true;
                }
            }
        }
        return objects;
    }
}
