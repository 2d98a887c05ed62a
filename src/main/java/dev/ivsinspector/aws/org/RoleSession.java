package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.SessionCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The chosen account and role with credentials for it: fetched with GetRoleCredentials, kept in memory only and
 * fetched again before they expire.
 */
public record RoleSession(AccountRole role, AwsCredentialsProvider credentials) implements SessionCredentials {

    @Override
    public void close() {
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public String toString() {
        return "RoleSession[" + role.label() + "]";
    }
}
