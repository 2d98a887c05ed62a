package dev.ivsinspector.demo.query;

/** An IAM or STS error answer: HTTP status, Sender or Receiver, the error code and its message. */
final class QueryError extends RuntimeException {
    private final int status;
    private final String type;
    private final String code;

    QueryError(int status, String type, String code, String message) {
        super(message, null, false, false); // an answer, not a bug: no stack trace
        this.status = status;
        this.type = type;
        this.code = code;
    }

    static QueryError accessDenied(String caller, String action, String resource) {
        return new QueryError(403, "Sender", "AccessDenied", "User: " + caller
                + " is not authorized to perform: " + action + " on resource: " + resource
                + " because no identity-based policy allows the " + action + " action");
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    String code() {
        return code;
    }
}
