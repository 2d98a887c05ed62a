package dev.ivsinspector.model.doctor;

/** The doctor's checks, in the order they are shown and in which a CREATE_FAILED headline picks its cause. */
public enum CheckId {
    BUCKET_EXISTS, SAME_REGION, BUCKET_OWNER, SERVICE_LINKED_ROLE, BUCKET_POLICY, SETTINGS
}
