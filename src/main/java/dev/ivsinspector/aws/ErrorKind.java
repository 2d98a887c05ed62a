package dev.ivsinspector.aws;

/** Every way a call to IVS can fail, as the user needs to tell them apart (each gets its own dialog text). */
public enum ErrorKind {
    NOT_FOUND,
    ACCESS_DENIED,
    INVALID_CREDENTIALS,
    VALIDATION,
    INTERNAL_SERVER,
    THROTTLED,
    SERVICE_OTHER,
    UNREACHABLE,
    TIMED_OUT,
    NO_CREDENTIALS,
    SSO_TOKEN_EXPIRED,
    UNPARSEABLE_RESPONSE,
    CANCELLED,
    UNEXPECTED
}
