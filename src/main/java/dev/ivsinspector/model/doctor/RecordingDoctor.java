package dev.ivsinspector.model.doctor;

import dev.ivsinspector.model.insight.ConfigurationFacts;
import dev.ivsinspector.model.insight.InsightRule;
import dev.ivsinspector.model.insight.InsightRules;
import dev.ivsinspector.model.insight.Severity;
import dev.ivsinspector.model.doctor.ProbeAnswer.Outcome;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * Answers "will this configuration record, and if not, why?" with read-only calls: the bucket exists, is in the
 * configuration's region, belongs to the recording account, IVS's service-linked role exists, the bucket policy
 * does not deny IVS's writes, and the configuration's own settings (the insight rules). A call that is denied or
 * gets no answer makes its check "not checked" with the permission it needs; the other checks go on.
 */
public final class RecordingDoctor {
    public static final String SERVICE_LINKED_ROLE = "AWSServiceRoleForIVSRecordToS3";

    private final DoctorProbes probes;
    private final ResourceBundle text;

    public RecordingDoctor(DoctorProbes probes, ResourceBundle text) {
        this.probes = probes;
        this.text = text;
    }

    public DoctorReport examine(RecordingConfiguration config) {
        String[] arn = config.arn().split(":", 6);
        String region = arn[3];
        String account = arn[4];
        String bucket = config.destinationConfiguration().s3().bucketName();
        List<CheckResult> results = new ArrayList<>();

        ProbeAnswer head = probes.headBucket(bucket, region, null);
        // A 301 names the bucket's region; the owner and policy questions must go there.
        String bucketRegion = head.is(Outcome.MOVED) && head.bucketRegion() != null ? head.bucketRegion() : region;
        ProbeAnswer headThere = bucketRegion.equals(region) ? head : probes.headBucket(bucket, bucketRegion, null);
        boolean exists = !head.is(Outcome.NOT_FOUND);
        results.add(exists(bucket, region, head, headThere));
        results.add(sameRegion(bucket, region, head, exists));
        results.add(owner(bucket, bucketRegion, account, headThere, exists));
        results.add(role());
        results.add(policy(bucket, bucketRegion, exists));
        results.addAll(settings(config));
        return new DoctorReport(config.arn(), config.stateAsString(), results);
    }

    private CheckResult exists(String bucket, String region, ProbeAnswer head, ProbeAnswer headThere) {
        List<ProbeAnswer> evidence = head == headThere ? List.of(head) : List.of(head, headThere);
        return switch (head.outcome()) {
            case OK, MOVED -> result(CheckId.BUCKET_EXISTS, CheckStatus.PASSED, "doctor.exists", evidence,
                    DocPage.HEAD_BUCKET, "passed", bucket);
            case NOT_FOUND -> result(CheckId.BUCKET_EXISTS, CheckStatus.FAILED, "doctor.exists", evidence,
                    DocPage.AUTO_RECORD, "failed", bucket, region);
            case DENIED -> result(CheckId.BUCKET_EXISTS, CheckStatus.WARNING, "doctor.exists", evidence,
                    DocPage.HEAD_BUCKET, "denied", bucket);
            default -> notChecked(CheckId.BUCKET_EXISTS, "doctor.exists", head, "s3:ListBucket", DocPage.HEAD_BUCKET);
        };
    }

    private CheckResult sameRegion(String bucket, String region, ProbeAnswer head, boolean exists) {
        if (!exists) {
            return result(CheckId.SAME_REGION, CheckStatus.NOT_CHECKED, "doctor.region", List.of(head),
                    DocPage.AUTO_RECORD, "nobucket", bucket);
        }
        ProbeAnswer location = probes.bucketLocation(bucket, region);
        String where = location.is(Outcome.OK) ? regionOf(location.value()) : head.bucketRegion();
        List<ProbeAnswer> evidence = List.of(location, head);
        if (where == null) {
            return notChecked(CheckId.SAME_REGION, "doctor.region", location, "s3:GetBucketLocation",
                    DocPage.GET_BUCKET_LOCATION);
        }
        if (where.equals(region)) {
            return result(CheckId.SAME_REGION, CheckStatus.PASSED, "doctor.region", evidence, DocPage.AUTO_RECORD,
                    "passed", bucket, where);
        }
        CheckResult failed = result(CheckId.SAME_REGION, CheckStatus.FAILED, "doctor.region", evidence,
                "us-east-1".equals(region) ? DocPage.CREATE_RECORDING_CONFIGURATION : DocPage.AUTO_RECORD,
                "failed", bucket, where, region);
        return "us-east-1".equals(region) ? withAdvice(failed, failed.advice() + " " + format("doctor.region.useast1"))
                : failed;
    }

    /** GetBucketLocation's answer as a region: empty means us-east-1, the legacy "EU" means eu-west-1. */
    static String regionOf(String constraint) {
        if (constraint == null || constraint.isEmpty()) {
            return "us-east-1";
        }
        return "EU".equals(constraint) ? "eu-west-1" : constraint;
    }

    private CheckResult owner(String bucket, String bucketRegion, String account, ProbeAnswer head, boolean exists) {
        if (!exists) {
            return result(CheckId.BUCKET_OWNER, CheckStatus.NOT_CHECKED, "doctor.owner", List.of(head),
                    DocPage.AUTO_RECORD, "nobucket", bucket);
        }
        ProbeAnswer caller = probes.callerAccount(bucketRegion);
        if (!head.is(Outcome.OK)) {
            return notChecked(CheckId.BUCKET_OWNER, "doctor.owner", head, "s3:ListBucket", DocPage.HEAD_BUCKET);
        }
        ProbeAnswer expecting = probes.headBucket(bucket, bucketRegion, account);
        List<ProbeAnswer> evidence = List.of(head, expecting, caller);
        CheckResult result = switch (expecting.outcome()) {
            case OK -> result(CheckId.BUCKET_OWNER, CheckStatus.PASSED, "doctor.owner", evidence,
                    DocPage.AUTO_RECORD, "passed", bucket, account);
            // The same HeadBucket succeeded without the expected owner: the 403 is S3 saying "not this owner".
            case DENIED -> result(CheckId.BUCKET_OWNER, CheckStatus.FAILED, "doctor.owner", evidence,
                    DocPage.AUTO_RECORD, "failed", bucket, account);
            default -> notChecked(CheckId.BUCKET_OWNER, "doctor.owner", expecting, "s3:ListBucket", DocPage.HEAD_BUCKET);
        };
        if (caller.is(Outcome.OK) && !account.equals(caller.value()) && result.status() == CheckStatus.PASSED) {
            return new CheckResult(CheckId.BUCKET_OWNER, CheckStatus.WARNING, result.title(),
                    format("doctor.owner.otheraccount", caller.value(), account), result.advice(), evidence,
                    DocPage.AUTO_RECORD);
        }
        return result;
    }

    private CheckResult role() {
        ProbeAnswer role = probes.serviceLinkedRole(SERVICE_LINKED_ROLE);
        return switch (role.outcome()) {
            case OK -> result(CheckId.SERVICE_LINKED_ROLE, CheckStatus.PASSED, "doctor.role", List.of(role),
                    DocPage.SERVICE_LINKED_ROLES, "passed", SERVICE_LINKED_ROLE);
            case NOT_FOUND -> result(CheckId.SERVICE_LINKED_ROLE, CheckStatus.FAILED, "doctor.role", List.of(role),
                    DocPage.SERVICE_LINKED_ROLES, "failed", SERVICE_LINKED_ROLE);
            default -> notChecked(CheckId.SERVICE_LINKED_ROLE, "doctor.role", role, "iam:GetRole",
                    DocPage.SERVICE_LINKED_ROLES);
        };
    }

    private CheckResult policy(String bucket, String bucketRegion, boolean exists) {
        if (!exists) {
            return result(CheckId.BUCKET_POLICY, CheckStatus.NOT_CHECKED, "doctor.policy", List.of(),
                    DocPage.GET_BUCKET_POLICY, "nobucket", bucket);
        }
        ProbeAnswer policy = probes.bucketPolicy(bucket, bucketRegion);
        if (policy.is(Outcome.NOT_FOUND) && "NoSuchBucketPolicy".equals(policy.errorCode())) {
            return result(CheckId.BUCKET_POLICY, CheckStatus.PASSED, "doctor.policy", List.of(policy),
                    DocPage.GET_BUCKET_POLICY, "none", bucket);
        }
        if (!policy.is(Outcome.OK)) {
            return notChecked(CheckId.BUCKET_POLICY, "doctor.policy", policy, "s3:GetBucketPolicy",
                    DocPage.GET_BUCKET_POLICY);
        }
        List<PolicyDenial> denials;
        try {
            denials = BucketPolicyDenials.find(policy.value(), bucket);
        } catch (RuntimeException e) {
            return result(CheckId.BUCKET_POLICY, CheckStatus.NOT_CHECKED, "doctor.policy", List.of(policy),
                    DocPage.GET_BUCKET_POLICY, "unreadable", String.valueOf(e.getMessage()));
        }
        PolicyDenial outright = denials.stream().filter(d -> !d.conditional()).findFirst().orElse(null);
        if (outright != null) {
            return result(CheckId.BUCKET_POLICY, CheckStatus.FAILED, "doctor.policy", List.of(policy),
                    DocPage.POLICY_EVALUATION, "failed", outright.sid());
        }
        if (!denials.isEmpty()) {
            return result(CheckId.BUCKET_POLICY, CheckStatus.WARNING, "doctor.policy", List.of(policy),
                    DocPage.POLICY_EVALUATION, "conditional", denials.get(0).sid());
        }
        return result(CheckId.BUCKET_POLICY, CheckStatus.PASSED, "doctor.policy", List.of(policy),
                DocPage.POLICY_EVALUATION, "passed", bucket);
    }

    private List<CheckResult> settings(RecordingConfiguration config) {
        List<CheckResult> found = new ArrayList<>();
        for (InsightRule rule : InsightRules.evaluate(ConfigurationFacts.of(config))) {
            // The doctor's own checks explain a failed creation; the generic insight would repeat them.
            if (!"create-failed".equals(rule.id()) && rule.severity() != Severity.INFO) {
                found.add(new CheckResult(CheckId.SETTINGS,
                        rule.severity() == Severity.ERROR ? CheckStatus.FAILED : CheckStatus.WARNING,
                        format("doctor.settings.title"), rule.title(), rule.explanation(), List.of(),
                        DocPage.RECORDING_CONFIGURATION));
            }
        }
        if (found.isEmpty()) {
            found.add(result(CheckId.SETTINGS, CheckStatus.PASSED, "doctor.settings", List.of(),
                    DocPage.RECORDING_CONFIGURATION, "passed"));
        }
        return found;
    }

    private CheckResult notChecked(CheckId id, String key, ProbeAnswer answer, String permission, DocPage doc) {
        String summary;
        String advice;
        if (answer.is(Outcome.DENIED)) {
            summary = format("doctor.denied", answer.asked(), permission);
            advice = format("doctor.denied.advice", permission);
        } else if (answer.is(Outcome.UNREACHABLE)) {
            summary = format("doctor.unreachable", answer.asked(), String.valueOf(answer.message()));
            advice = format("doctor.unreachable.advice");
        } else {
            summary = format("doctor.failedcall", answer.asked(), answer.answerLine());
            advice = format("doctor.failedcall.advice");
        }
        return new CheckResult(id, CheckStatus.NOT_CHECKED, format(key + ".title"), summary, advice, List.of(answer), doc);
    }

    private CheckResult result(CheckId id, CheckStatus status, String key, List<ProbeAnswer> evidence, DocPage doc,
            String outcome, Object... args) {
        String adviceKey = key + "." + outcome + ".advice";
        String advice = text.containsKey(adviceKey) ? format(adviceKey, args) : "";
        return new CheckResult(id, status, format(key + ".title"), format(key + "." + outcome, args), advice,
                evidence, doc);
    }

    private static CheckResult withAdvice(CheckResult r, String advice) {
        return new CheckResult(r.id(), r.status(), r.title(), r.summary(), advice, r.evidence(), r.doc());
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(text.getString(key).replace("'", "''"), args);
    }
}
