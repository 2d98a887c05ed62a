package dev.ivsinspector.model.doctor;

/**
 * A bucket-policy statement that explicitly denies s3:PutObject to a principal IVS could be.
 *
 * @param sid         the statement's Sid, or "#n" (its position) when it has none
 * @param conditional true when a Condition decides whether it applies
 */
public record PolicyDenial(String sid, boolean conditional) {
}
