package dev.ivsinspector.ui.connection;

import dev.ivsinspector.aws.IvsCallException;

/** What the connection bar says when AWS could not tell who the credentials belong to. */
final class IdentityProblems {

    private IdentityProblems() {
    }

    static String describe(Throwable error) {
        if (error instanceof IvsCallException call) {
            return switch (call.kind()) {
                case NO_CREDENTIALS -> "No credentials found for this profile";
                case SSO_TOKEN_EXPIRED -> "SSO sign-in needed";
                case INVALID_CREDENTIALS -> "Credentials not accepted by AWS";
                case UNREACHABLE, TIMED_OUT -> "Identity unknown: AWS STS not reachable";
                default -> "Identity unknown: " + (call.errorCode() != null ? call.errorCode() : call.kind());
            };
        }
        return "Identity unknown";
    }
}
