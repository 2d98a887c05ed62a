package dev.ivsinspector.model.doctor;

/**
 * The read-only questions the recording doctor asks AWS. Each answer is a {@link ProbeAnswer}, never an
 * exception, so one denied or unreachable call leaves the other checks to run.
 */
public interface DoctorProbes {
    /** STS GetCallerIdentity; the value is the caller's account id. */
    ProbeAnswer callerAccount(String region);

    /** S3 HeadBucket sent to {@code region}; with {@code expectedOwner} not null, S3 refuses another owner's bucket. */
    ProbeAnswer headBucket(String bucket, String region, String expectedOwner);

    /** S3 GetBucketLocation; the value is the location constraint as sent (empty for us-east-1, "EU", ...). */
    ProbeAnswer bucketLocation(String bucket, String region);

    /** S3 GetBucketPolicy sent to {@code region}; the value is the policy JSON. */
    ProbeAnswer bucketPolicy(String bucket, String region);

    /** IAM GetRole for the service-linked role IVS records through; the value is the role's ARN. */
    ProbeAnswer serviceLinkedRole(String roleName);
}
