package dev.ivsinspector.demo.s3;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * One object of the demo buckets. The body is made on first read and then kept: thousands of generated
 * thumbnails cost nothing until someone looks at them.
 */
public final class S3Object {
    private final String contentType;
    private final Instant lastModified;
    private final Supplier<byte[]> maker;
    private volatile byte[] body;

    public S3Object(String contentType, Instant lastModified, Supplier<byte[]> maker) {
        this.contentType = contentType;
        this.lastModified = lastModified;
        this.maker = maker;
    }

    public static S3Object of(String contentType, Instant lastModified, byte[] body) {
        S3Object object = new S3Object(contentType, lastModified, () -> body);
        object.body = body;
        return object;
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
        return "\"" + String.format("%032x", new java.math.BigInteger(1, digest(body()))) + "\"";
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("MD5").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
