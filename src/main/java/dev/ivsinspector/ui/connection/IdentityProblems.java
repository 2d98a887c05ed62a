package dev.ivsinspector.ui.connection;

import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.ui.common.Messages;

/** What the connection bar says when AWS could not tell who the credentials belong to. */
final class IdentityProblems {

    private IdentityProblems() {
    }

    static String describe(Throwable error) {
        if (error instanceof IvsCallException call) {
            return switch (call.kind()) {
                case NO_CREDENTIALS -> Messages.text("identity.noCredentials");
                case SSO_TOKEN_EXPIRED -> Messages.text("identity.ssoExpired");
                case INVALID_CREDENTIALS -> Messages.text("identity.invalidCredentials");
                case UNREACHABLE, TIMED_OUT -> Messages.text("identity.unreachable");
                default -> Messages.format("identity.unknownBecause", call.errorCode() != null ? call.errorCode() : call.kind());
            };
        }
        return Messages.text("identity.unknown");
    }
}
