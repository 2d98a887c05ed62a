package dev.ivsinspector.demo.s3;

import dev.ivsinspector.demo.Xml;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An S3 error answer, thrown anywhere while serving a request: the rest-xml {@code <Error>} body with Code,
 * Message, the extra elements S3 adds (BucketName, Endpoint, ...) and the request id, plus any headers
 * (x-amz-bucket-region on redirects and on HeadBucket's 403).
 */
public final class S3Exception extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, String> elements = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public S3Exception(int status, String code, String message) {
        super(message, null, false, false); // an answer, not a bug: no stack trace
        this.status = status;
        this.code = code;
    }

    public static S3Exception noSuchBucket(String bucket) {
        return new S3Exception(404, "NoSuchBucket", "The specified bucket does not exist").with("BucketName", bucket);
    }

    public static S3Exception accessDenied() {
        return new S3Exception(403, "AccessDenied", "Access Denied");
    }

    /** What S3 answers a request signed for (sent to) another region than the bucket's. */
    public static S3Exception wrongRegion(String bucket, String bucketRegion) {
        return new S3Exception(301, "PermanentRedirect", "The bucket you are attempting to access must be addressed"
                + " using the specified endpoint. Please send all future requests to this endpoint.")
                .with("Endpoint", bucket + ".s3." + bucketRegion + ".amazonaws.com")
                .with("Bucket", bucket)
                .header("x-amz-bucket-region", bucketRegion);
    }

    public static S3Exception notImplemented(String what) {
        return new S3Exception(501, "NotImplemented",
                "A header or query you provided implies functionality that is not implemented (" + what + ")");
    }

    /** Adds an element to the error body after Message. */
    public S3Exception with(String element, String value) {
        elements.put(element, value);
        return this;
    }

    public S3Exception header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    S3Reply reply(String requestId, String hostId) {
        StringBuilder xml = new StringBuilder("<Error>").append(Xml.element("Code", code))
                .append(Xml.element("Message", getMessage()));
        elements.forEach((name, value) -> xml.append(Xml.element(name, value)));
        xml.append(Xml.element("RequestId", requestId)).append(Xml.element("HostId", hostId)).append("</Error>");
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", "application/xml");
        return new S3Reply(status, all, (Xml.DECLARATION + xml).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
