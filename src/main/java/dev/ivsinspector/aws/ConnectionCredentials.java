package dev.ivsinspector.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The credentials provider of a connection: demo keys, the chosen profile, else the SDK's default chain.
 * IVS and STS clients both take it from here, so "who am I" always answers for the identity IVS calls use.
 */
public final class ConnectionCredentials {

    /**
     * The keys demo connections sign with: obviously fake, so that the user's real keys are never sent to the
     * demo endpoint (which accepts any signature). The same as the demo endpoint prints for other clients.
     */
    private static final AwsBasicCredentials DEMO_KEYS =
            AwsBasicCredentials.create("AKIAIVSDEMO000000000", "ivs-inspector-demo-secret-key-000000000");

    private ConnectionCredentials() {
    }

    public static AwsCredentialsProvider forSettings(ConnectionSettings settings) {
        if (settings.roleSession() != null) {
            return settings.roleSession().credentials();
        }
        if (settings.demo()) {
            return StaticCredentialsProvider.create(DEMO_KEYS);
        }
        // Built per use: an SSO profile reads its cached token when the provider is built, so a fresh provider
        // picks up a sign-in that happened since the last call.
        AwsCredentialsProvider provider = settings.profileName()
                .<AwsCredentialsProvider>map(name -> ProfileCredentialsProvider.builder().profileName(name).build())
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
        // Within the call's time, so a hanging credential_process ends in its own message, not a generic timeout.
        String profile = settings.profileName().orElseGet(() -> System.getenv().getOrDefault("AWS_PROFILE", "default"));
        long millis = Math.max(1000, settings.callTimeout().toMillis() * 8 / 10);
        return new BoundedCredentials(provider, profile, java.time.Duration.ofMillis(millis));
    }
}
