package dev.ivsinspector.aws;

/**
 * A failed call to IVS, already classified. View-models see only this type, never the SDK's exceptions,
 * so they can be tested with fakes and the SDK stays inside this package.
 */
public final class IvsCallException extends RuntimeException {

    private final ErrorKind kind;
    private final String operation;
    private final String errorCode;
    private final int httpStatus;
    private final String requestId;

    public IvsCallException(ErrorKind kind, String operation, String message, String errorCode, int httpStatus,
                            String requestId, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.operation = operation;
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
        this.requestId = requestId;
    }

    public static IvsCallException of(ErrorKind kind, String operation, String message) {
        return new IvsCallException(kind, operation, message, null, 0, null, null);
    }

    /** True when a listing was stopped on purpose (see {@link PagingGuard}): going on from there would not help. */
    public boolean isStop() {
        return kind == ErrorKind.PAGING_STOPPED;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The API operation that failed, e.g. GetRecordingConfiguration. */
    public String operation() {
        return operation;
    }

    /** The service's error code (e.g. AccessDeniedException), or null for client-side failures. */
    public String errorCode() {
        return errorCode;
    }

    /** The HTTP status of the answer, or 0 when there was none. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The request id AWS gave the call, or null; support needs it to trace a call. */
    public String requestId() {
        return requestId;
    }
}
