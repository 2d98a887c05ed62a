package dev.ivsinspector.demo.s3;

import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleBucket;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The object-level reads of S3 over what the demo buckets hold: ListObjectsV2, GetObject and HeadObject
 * (presigned or not). {@link S3Operations} has already made S3's checks for the bucket (exists, region,
 * caller's rights); a bucket owned by another account grants the demo caller nothing, as without a
 * cross-account policy.
 */
final class S3ObjectReads {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final S3ObjectStore store;

    S3ObjectReads(S3ObjectStore store) {
        this.store = store;
    }

    /** GET /bucket?list-type=2 */
    S3Reply list(S3Request request, SampleBucket bucket) {
        requireOwnAccount(bucket);
        return ObjectListingQuery.list(request.bucket(), contents(bucket), request.query());
    }

    /** GET or HEAD /bucket/key */
    S3Reply read(S3Request request, SampleBucket bucket) {
        requireOwnAccount(bucket);
        S3Object object = contents(bucket).get(request.key());
        if (object == null) {
            // Without s3:ListBucket S3 would say AccessDenied here; the demo caller may list its buckets.
            throw new S3Exception(404, "NoSuchKey", "The specified key does not exist.").with("Key", request.key());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", object.contentType());
        headers.put("ETag", object.etag());
        headers.put("Last-Modified", HTTP_DATE.format(object.lastModified()));
        headers.put("Accept-Ranges", "bytes");
        if ("HEAD".equals(request.method())) {
            headers.put("Content-Length", String.valueOf(object.size()));
            return new S3Reply(200, headers, new byte[0]);
        }
        return new S3Reply(200, headers, object.body());
    }

    private java.util.NavigableMap<String, S3Object> contents(SampleBucket bucket) {
        return store.bucket(bucket.name()).map(S3Bucket::objects).orElse(new java.util.TreeMap<>());
    }

    private static void requireOwnAccount(SampleBucket bucket) {
        if (!SampleAccount.ACCOUNT_ID.equals(bucket.ownerAccount())) {
            throw S3Exception.accessDenied();
        }
    }
}
