package dev.ivsinspector.demo.s3;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * One object of the demo buckets. The body is made on first read and then kept: thousands of generated
 * thumbnails cost nothing until someone looks at them. An object whose size is known ahead (thumbnails are
 * padded to a fixed size) can even be listed without being made.
 */
public final class S3Object {
    private final String contentType;
    private final Instant lastModified;
    private final Supplier<byte[]> maker;
    private final long knownSize;
    private final String etagSeed;
    private volatile byte[] body;

    private S3Object(String contentType, Instant lastModified, long knownSize, String etagSeed, Supplier<byte[]> maker) {
        this.contentType = contentType;
        this.lastModified = lastModified;
        this.knownSize = knownSize;
        this.etagSeed = etagSeed;
        this.maker = maker;
    }

    /** Made on first read or listing. */
    public static S3Object lazy(String contentType, Instant lastModified, Supplier<byte[]> maker) {
        return new S3Object(contentType, lastModified, -1, null, maker);
    }

    /**
     * Made on first read only: {@code size} must be the exact length {@code maker} returns, and
     * {@code etagSeed} stands in for the body in the ETag.
     */
    public static S3Object sized(String contentType, Instant lastModified, long size, String etagSeed,
                                 Supplier<byte[]> maker) {
        return new S3Object(contentType, lastModified, size, etagSeed, maker);
    }

    public static S3Object of(String contentType, Instant lastModified, byte[] body) {
        S3Object object = new S3Object(contentType, lastModified, body.length, null, () -> body);
        object.body = body;
        return object;
    }

    public long size() {
        return knownSize >= 0 ? knownSize : body().length;
    }

    public String contentType() {
        return contentType;
    }

    public Instant lastModified() {
        return lastModified;
    }

    public byte[] body() {
        byte[] b = body;
        if (b == null) {
            synchronized (this) {
                if (body == null) {
                    body = maker.get();
                }
                b = body;
            }
        }
        return b;
    }

    /** The ETag S3 would send: a quoted hash of the body (MD5 there; any stable hash serves the demo). */
    public String etag() {
        byte[] source = etagSeed != null ? etagSeed.getBytes(java.nio.charset.StandardCharsets.UTF_8) : body();
        return "\"" + String.format("%032x", new java.math.BigInteger(1, digest(source))) + "\"";
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
