package dev.ivsinspector.aws;

/**
 * Credentials could not be had from a profile's credential_process: it failed, printed something that is not
 * credentials, or did not finish in time. Nothing was sent to AWS. The message names the profile and the
 * program (not its arguments, which may hold secrets).
 */
final class CredentialsFailure extends RuntimeException {

    CredentialsFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
