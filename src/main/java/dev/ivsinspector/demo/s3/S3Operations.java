package dev.ivsinspector.demo.s3;

import dev.ivsinspector.demo.AccountResources;
import dev.ivsinspector.demo.SampleBucket;
import dev.ivsinspector.demo.Xml;
import java.util.Map;

/**
 * The S3 operations of the demo account, dispatched by method, path and query as S3 does. Bucket-level reads
 * (HeadBucket, GetBucketLocation, GetBucketPolicy) answer from {@link AccountResources}; every request for
 * an existing bucket first gets S3's checks in S3's order: the bucket exists, the request was sent to the
 * bucket's region (else 301 with x-amz-bucket-region), the caller may do it, the expected owner matches.
 * The demo is read-only: writes are refused.
 */
public final class S3Operations {
    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    private final AccountResources resources;
    private final S3ObjectReads objects;

    /** @param contents what the buckets hold (the recordings); a bucket not in it is empty */
    public S3Operations(AccountResources resources, S3ObjectStore contents) {
        this.resources = resources;
        this.objects = new S3ObjectReads(contents);
    }

    S3Reply handle(S3Request request) {
        if (S3HttpHandler.WRITE_METHODS.contains(request.method())) {
            throw new S3Exception(403, "AccessDenied", "The IVS Inspector demo account is read-only");
        }
        if (request.bucket().isEmpty()) {
            throw S3Exception.notImplemented("ListBuckets");
        }
        if (request.isBucketLevel()) {
            if ("HEAD".equals(request.method())) {
                return headBucket(request);
            }
            if (request.has("location")) {
                return getBucketLocation(request);
            }
            if (request.has("policy")) {
                return getBucketPolicy(request);
            }
            if ("GET".equals(request.method()) && "2".equals(request.query().get("list-type"))) {
                return objects.list(request, authorize(request, "s3:ListBucket"));
            }
            throw S3Exception.notImplemented(request.method() + " /" + request.bucket() + " " + request.query().keySet());
        }
        if ("GET".equals(request.method()) || "HEAD".equals(request.method())) {
            return objects.read(request, authorize(request, "s3:GetObject"));
        }
        throw S3Exception.notImplemented(request.method() + " of an object");
    }

    /** HEAD /bucket: 200 with x-amz-bucket-region; 404, 403 and 301 without a body, as S3 answers HEAD. */
    S3Reply headBucket(S3Request request) {
        SampleBucket bucket;
        try {
            bucket = authorize(request, "s3:ListBucket");
        } catch (S3Exception e) {
            // HeadBucket tells the region even when it refuses: S3 sends the header with its 403.
            resources.bucket(request.bucket()).filter(b -> e.status() == 403)
                    .ifPresent(b -> e.header("x-amz-bucket-region", b.region()));
            throw e;
        }
        return S3Reply.empty(Map.of("x-amz-bucket-region", bucket.region(), "x-amz-access-point-alias", "false"));
    }

    /** GET /bucket?location: answered from any region (it is how clients find the bucket's region). */
    S3Reply getBucketLocation(S3Request request) {
        SampleBucket bucket = existing(request);
        checkAccess(request, bucket, "s3:GetBucketLocation");
        String constraint = bucket.locationConstraint();
        return S3Reply.xml(constraint.isEmpty()
                ? "<LocationConstraint xmlns=\"" + NAMESPACE + "\"/>"
                : "<LocationConstraint xmlns=\"" + NAMESPACE + "\">" + Xml.escape(constraint) + "</LocationConstraint>");
    }

    /** GET /bucket?policy: the policy JSON as the body, or 404 NoSuchBucketPolicy. */
    S3Reply getBucketPolicy(S3Request request) {
        SampleBucket bucket = authorize(request, "s3:GetBucketPolicy");
        if (bucket.policy() == null) {
            throw new S3Exception(404, "NoSuchBucketPolicy", "The bucket policy does not exist")
                    .with("BucketName", bucket.name());
        }
        return S3Reply.ok("application/json", bucket.policy(), Map.of());
    }

    /**
     * S3's checks for a request to a bucket, in S3's order: it exists, the request went to its region, the
     * caller may do {@code action}, the expected owner (if given) owns it. Returns the bucket. Object
     * operations use it too.
     */
    public SampleBucket authorize(S3Request request, String action) {
        SampleBucket bucket = existing(request);
        if (!bucket.region().equals(request.signingRegion())) {
            throw S3Exception.wrongRegion(bucket.name(), bucket.region());
        }
        checkAccess(request, bucket, action);
        return bucket;
    }

    private SampleBucket existing(S3Request request) {
        return resources.bucket(request.bucket()).orElseThrow(() -> S3Exception.noSuchBucket(request.bucket()));
    }

    private void checkAccess(S3Request request, SampleBucket bucket, String action) {
        if (resources.denies(action, bucket)) {
            throw S3Exception.accessDenied();
        }
        String expectedOwner = request.header("x-amz-expected-bucket-owner");
        if (expectedOwner != null && !expectedOwner.equals(bucket.ownerAccount())) {
            throw S3Exception.accessDenied();
        }
    }
}
