package dev.ivsinspector.demo.s3;

import java.util.Map;

/**
 * One path-style S3 request ({@code /bucket/key?query}) as the demo's S3 sees it.
 *
 * @param method        GET, HEAD, ...
 * @param bucket        the first path segment, empty for {@code GET /} (ListBuckets)
 * @param key           the rest of the path, decoded, or null for bucket-level requests
 * @param query         query parameters (first value each; a parameter without value maps to "")
 * @param headers       request headers, names in lower case
 * @param signingRegion the region of the SigV4 credential scope: S3 answers as that region's endpoint
 * @param accessKeyId   whose request it is (the demo organization's member accounts have their own buckets)
 */
public record S3Request(String method, String bucket, String key, Map<String, String> query,
                        Map<String, String> headers, String signingRegion, String accessKeyId) {

    public boolean isBucketLevel() {
        return key == null;
    }

    public boolean has(String queryParameter) {
        return query.containsKey(queryParameter);
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }
}
