package dev.ivsinspector.aws.connection;

/** A sign-in that did not end with a token, with the reason the UI must tell apart. */
public final class SsoSignInException extends Exception {

    public enum Reason {
        /** The user code expired before the user approved it: start again. */
        CODE_EXPIRED,
        /** The user pressed "Deny" on the portal page. */
        DENIED,
        /** The app cancelled (cancel button, closed dialog, interrupted thread). Nothing was written. */
        CANCELLED,
        /** The OIDC service or the network failed; the cause is the classified IvsCallException. */
        FAILED,
        /** The token could not be saved to the cache directory. */
        CACHE_NOT_WRITABLE
    }

    private final Reason reason;

    public SsoSignInException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
