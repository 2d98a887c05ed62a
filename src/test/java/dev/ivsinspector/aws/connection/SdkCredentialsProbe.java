package dev.ivsinspector.aws.connection;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;

/**
 * Run in a child JVM by {@link SdkInteropTest}: the SDK finds the SSO cache through the HOME environment
 * variable, which a running JVM cannot change. Prints one line per profile; never a secret.
 */
public final class SdkCredentialsProbe {

    private SdkCredentialsProbe() {
    }

    public static void main(String[] profiles) {
        for (String profile : profiles) {
            try (ProfileCredentialsProvider provider = ProfileCredentialsProvider.builder().profileName(profile).build()) {
                AwsCredentials credentials = provider.resolveCredentials();
                System.out.println(profile + " OK " + credentials.accessKeyId());
            } catch (RuntimeException e) {
                System.out.println(profile + " FAIL " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
