package dev.ivsinspector.model.doctor;

import dev.ivsinspector.i18n.Texts;
/**
 * What one read-only call answered, kept as evidence: what was asked, how it ended, the HTTP status and error
 * code, the service's message, the request id, the value read (a region, an account, a policy) and, for S3,
 * the bucket's region when the answer named it ({@code x-amz-bucket-region}).
 */
public record ProbeAnswer(String asked, Outcome outcome, int httpStatus, String errorCode, String message,
                          String requestId, String value, String bucketRegion) {

    /** How a call ended, as far as the doctor cares. */
    public enum Outcome {
        OK,
        /** 404 of any kind (NoSuchBucket, NoSuchBucketPolicy, NoSuchEntity). */
        NOT_FOUND,
        /** 403 / AccessDenied: this identity may not ask. */
        DENIED,
        /** 301: the request went to another region than the bucket's. */
        MOVED,
        /** No answer: connection refused, timed out, name not resolved. */
        UNREACHABLE,
        /** Any other error answer. */
        FAILED
    }

    public static ProbeAnswer ok(String asked, String value, String requestId, String bucketRegion) {
        return new ProbeAnswer(asked, Outcome.OK, 200, null, null, requestId, value, bucketRegion);
    }

    public boolean is(Outcome expected) {
        return outcome == expected;
    }

    /** One line for the evidence list: status, code and message, or the value read. */
    public String answerLine() {
        StringBuilder line = new StringBuilder();
        if (outcome == Outcome.UNREACHABLE) {
            line.append(Texts.text("doctor.answer.none"));
        } else {
            line.append("HTTP ").append(httpStatus);
        }
        if (errorCode != null && !errorCode.isBlank()) {
            line.append(' ').append(errorCode);
        }
        if (message != null && !message.isBlank()) {
            line.append(": ").append(message);
        }
        if (bucketRegion != null) {
            line.append(" (x-amz-bucket-region: ").append(bucketRegion).append(')');
        }
        return line.toString();
    }
}
