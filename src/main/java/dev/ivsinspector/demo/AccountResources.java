package dev.ivsinspector.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the demo's S3, IAM and STS answer from: the buckets, whether the account has the service-linked role
 * IVS records through, and which actions the caller's own IAM policy denies. Immutable, like the account.
 *
 * @param accountId         the account these belong to (STS answers it, IAM's ARNs name it)
 * @param buckets           every bucket, by name unique
 * @param serviceLinkedRole whether IAM GetRole finds {@link #SERVICE_LINKED_ROLE}
 * @param callerDenied      actions denied to the caller everywhere ("iam:GetRole", "s3:GetBucketPolicy", ...)
 */
public record AccountResources(String accountId, List<SampleBucket> buckets, boolean serviceLinkedRole,
                               Set<String> callerDenied) {
    public static final String SERVICE_LINKED_ROLE = "AWSServiceRoleForIVSRecordToS3";

    public AccountResources {
        buckets = List.copyOf(buckets);
        callerDenied = Set.copyOf(callerDenied);
    }

    public static AccountResources of(List<SampleBucket> buckets) {
        return new AccountResources(SampleAccount.ACCOUNT_ID, buckets, true, Set.of());
    }

    public Optional<SampleBucket> bucket(String name) {
        return buckets.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** Adds the bucket, replacing one of the same name. */
    public AccountResources withBucket(SampleBucket bucket) {
        List<SampleBucket> all = new ArrayList<>(buckets);
        all.removeIf(b -> b.name().equals(bucket.name()));
        all.add(bucket);
        return new AccountResources(accountId, all, serviceLinkedRole, callerDenied);
    }

    /** An account where no one has created the role yet (nobody with iam:CreateServiceLinkedRole set up IVS). */
    public AccountResources withoutServiceLinkedRole() {
        return new AccountResources(accountId, buckets, false, callerDenied);
    }

    /** The caller's IAM policy denies these actions (answered 403 AccessDenied). */
    public AccountResources denyingCaller(String... actions) {
        Set<String> denied = new HashSet<>(callerDenied);
        denied.addAll(List.of(actions));
        return new AccountResources(accountId, buckets, serviceLinkedRole, denied);
    }

    /** Whether the caller may do {@code action} on {@code bucket} (null: not a bucket action). */
    public boolean denies(String action, SampleBucket bucket) {
        return callerDenied.contains(action) || bucket != null && bucket.deniedToCaller().contains(action);
    }

    /** The same resources in another account: the buckets this account owned now belong to that one. */
    public AccountResources withAccountId(String newAccountId) {
        List<SampleBucket> moved = buckets.stream()
                .map(b -> b.ownerAccount().equals(accountId) ? b.ownedBy(newAccountId) : b).toList();
        return new AccountResources(newAccountId, moved, serviceLinkedRole, callerDenied);
    }

    /** Adds the buckets the generated configurations of {@code region} record into, where missing. */
    AccountResources withGeneratedBuckets(String region) {
        AccountResources all = this;
        for (String name : GeneratedSamples.bucketNames(region)) {
            if (all.bucket(name).isEmpty()) {
                all = all.withBucket(SampleBucket.of(name, region).ownedBy(accountId));
            }
        }
        return all;
    }

    /** The demo user STS GetCallerIdentity names. */
    public String callerArn() {
        return "arn:aws:iam::" + accountId + ":user/demo";
    }

    public String roleArn() {
        return "arn:aws:iam::" + accountId + ":role/aws-service-role/ivs.amazonaws.com/" + SERVICE_LINKED_ROLE;
    }
}
