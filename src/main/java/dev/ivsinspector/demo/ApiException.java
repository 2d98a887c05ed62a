package dev.ivsinspector.demo;

/** An error answer of the demo endpoint: thrown anywhere while serving a request, written as AWS would. */
final class ApiException extends RuntimeException {
    private final DemoError error;

    ApiException(DemoError error, String message) {
        super(message, null, false, false); // control flow, not a bug: no stack trace needed
        this.error = error;
    }

    DemoError error() {
        return error;
    }
}
