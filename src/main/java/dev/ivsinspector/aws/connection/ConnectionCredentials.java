package dev.ivsinspector.aws.connection;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.demo.DemoEndpoint;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The credentials provider of a connection, chosen exactly like IvsClientFactory does (demo keys, the chosen
 * profile, else the default chain), so STS answers for the same identity IVS calls use. Kept in step by hand
 * because IvsClientFactory's helper is private to dev.ivsinspector.aws.
 */
final class ConnectionCredentials {

    private ConnectionCredentials() {
    }

    static AwsCredentialsProvider forSettings(ConnectionSettings settings) {
        if (settings.demo()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(DemoEndpoint.ACCESS_KEY_ID, DemoEndpoint.SECRET_ACCESS_KEY));
        }
        // Built per use: an SSO profile reads its cached token when the provider is built, so a fresh provider
        // picks up a sign-in that happened since the last call.
        return settings.profileName()
                .<AwsCredentialsProvider>map(name -> ProfileCredentialsProvider.builder().profileName(name).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }
}
