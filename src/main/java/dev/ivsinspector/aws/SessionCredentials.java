package dev.ivsinspector.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Credentials a connection got while the app runs, such as an account and role chosen after an SSO sign-in:
 * kept in memory only, and closed when the connection moves on.
 */
public interface SessionCredentials extends AutoCloseable {

    AwsCredentialsProvider credentials();

    @Override
    void close();
}
