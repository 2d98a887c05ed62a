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
    UNEXPECTED,
    /** A listing stopped because its nextToken repeated or it reached the page limit; what was listed is kept. */
    PAGING_STOPPED,
    /** Plain http to a host that is not this machine: refused before anything is sent. */
    INSECURE_ENDPOINT,
    /** The answer was larger than the app accepts. */
    ANSWER_TOO_LARGE,
    /** A profile's credential_process failed, hung or printed something that is not credentials. */
    CREDENTIAL_PROCESS,
    /** The https endpoint's certificate is not trusted (self-signed, unknown authority, wrong host). */
    UNTRUSTED_CERTIFICATE
}
