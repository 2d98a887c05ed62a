package dev.ivsinspector.model.doctor;

/** The result of one doctor check, worst last so a report can sort and count by it. */
public enum CheckStatus {
    PASSED, NOT_CHECKED, WARNING, FAILED
}
