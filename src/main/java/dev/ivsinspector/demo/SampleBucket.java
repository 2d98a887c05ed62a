package dev.ivsinspector.demo;

import java.util.Objects;
import java.util.Set;

/**
 * One S3 bucket the demo's S3 answers for.
 *
 * @param name          the bucket name
 * @param region        where it lives; {@code us-east-1} answers an empty location constraint and
 *                      {@code eu-west-1} the legacy {@code EU}, as S3 does for old buckets
 * @param ownerAccount  the account that owns it (checked against {@code x-amz-expected-bucket-owner})
 * @param policy        the bucket policy JSON, or null when it has none (GetBucketPolicy: NoSuchBucketPolicy)
 * @param deniedToCaller S3 actions the bucket's policy denies to the caller (e.g. {@code s3:GetBucketPolicy}),
 *                      answered with 403 AccessDenied
 */
public record SampleBucket(String name, String region, String ownerAccount, String policy,
                           Set<String> deniedToCaller) {

    public SampleBucket {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(ownerAccount, "ownerAccount");
        deniedToCaller = Set.copyOf(deniedToCaller);
    }

    /** A bucket of the demo account without a policy. */
    public static SampleBucket of(String name, String region) {
        return new SampleBucket(name, region, SampleAccount.ACCOUNT_ID, null, Set.of());
    }

    public SampleBucket withPolicy(String json) {
        return new SampleBucket(name, region, ownerAccount, json, deniedToCaller);
    }

    public SampleBucket ownedBy(String account) {
        return new SampleBucket(name, region, account, policy, deniedToCaller);
    }

    public SampleBucket denying(String... actions) {
        return new SampleBucket(name, region, ownerAccount, policy, Set.of(actions));
    }

    /** The value GetBucketLocation answers: empty for us-east-1, the legacy "EU" for eu-west-1. */
    public String locationConstraint() {
        return switch (region) {
            case "us-east-1" -> "";
            case "eu-west-1" -> "EU";
            default -> region;
        };
    }
}
