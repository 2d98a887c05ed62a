package dev.ivsinspector.demo.s3;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The object-level read operations of S3 over the demo buckets, path-style ({@code /bucket/key}):
 * ListObjectsV2, GetObject and HeadObject, including presigned GETs. A bucket answers only in its own
 * region (301 PermanentRedirect with x-amz-bucket-region otherwise, which the SDK follows), and a denied
 * bucket answers AccessDenied. Bucket-level calls other than listing are not answered here.
 */
public final class S3ObjectOperations {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final S3ObjectStore store;
    private final PresignedUrl presigned;

    public S3ObjectOperations(S3ObjectStore store, PresignedUrl presigned) {
        this.store = store;
        this.presigned = presigned;
    }

    /**
     * @param rawPath      the request path as sent (percent-encoded)
     * @param query        decoded query parameters
     * @param host         the Host header (presigned URLs sign it)
     * @param signedRegion the region of the request's SigV4 scope
     * @return the answer, or empty for a request that is not an object-level read
     */
    public Optional<S3Reply> handle(String method, String rawPath, Map<String, String> query, String host,
                                    String signedRegion) {
        boolean head = "HEAD".equals(method);
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        int slash = path.indexOf('/');
        String bucketName = decode(slash < 0 ? path : path.substring(0, slash));
        String key = slash < 0 ? "" : decode(path.substring(slash + 1));
        boolean listing = key.isEmpty() && "GET".equals(method) && "2".equals(query.get("list-type"));
        boolean objectRead = !key.isEmpty() && (head || "GET".equals(method)) && !query.containsKey("tagging")
                && !query.containsKey("acl");
        if (bucketName.isEmpty() || !listing && !objectRead) {
            return Optional.empty();
        }
        if (PresignedUrl.isPresigned(query)) {
            Optional<S3Reply> refused = presigned.check(method, rawPath, query, host, head);
            if (refused.isPresent()) {
                return refused;
            }
        }
        Optional<S3Bucket> found = store.bucket(bucketName);
        if (found.isEmpty()) {
            return Optional.of(S3Reply.error(S3ErrorCode.NO_SUCH_BUCKET, "The specified bucket does not exist", head,
                    Map.of(), Map.of("BucketName", bucketName)));
        }
        S3Bucket bucket = found.get();
        if (!bucket.region().equals(signedRegion)) {
            return Optional.of(S3Reply.error(S3ErrorCode.PERMANENT_REDIRECT,
                    "The bucket you are attempting to access must be addressed using the specified endpoint."
                            + " Please send all future requests to this endpoint.", head,
                    Map.of("x-amz-bucket-region", bucket.region()),
                    Map.of("Endpoint", "s3." + bucket.region() + ".amazonaws.com", "Bucket", bucketName)));
        }
        if (bucket.denied()) {
            return Optional.of(S3Reply.error(S3ErrorCode.ACCESS_DENIED, "Access Denied", head, Map.of(), Map.of()));
        }
        if (listing) {
            return Optional.of(ObjectListingQuery.list(bucket, query));
        }
        S3Object object = bucket.objects().get(key);
        if (object == null) {
            return Optional.of(S3Reply.error(S3ErrorCode.NO_SUCH_KEY, "The specified key does not exist.", head,
                    Map.of(), Map.of("Key", key)));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", object.contentType());
        headers.put("ETag", object.etag());
        headers.put("Last-Modified", HTTP_DATE.format(object.lastModified()));
        headers.put("Accept-Ranges", "bytes");
        return Optional.of(new S3Reply(200, headers, object.body(), head));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
