package dev.ivsinspector.app;

import java.nio.file.Files;
import java.util.Map;
import software.amazon.awssdk.profiles.ProfileFileLocation;

/**
 * Tells whether this machine has any AWS set-up at all. Without one, the app opens in the demo account
 * instead of failing every call with "no credentials". File locations come from the SDK, so
 * AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE are honoured as everywhere else.
 */
final class AwsSetupDetector {

    private static final String[] CREDENTIAL_VARIABLES = {
        "AWS_ACCESS_KEY_ID", "AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI"
    };

    private AwsSetupDetector() {
    }

    static boolean hasAwsSetup(Map<String, String> environment) {
        for (String variable : CREDENTIAL_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return true;
            }
        }
        if (System.getProperty("aws.accessKeyId") != null) {
            return true;
        }
        return Files.isRegularFile(ProfileFileLocation.configurationFilePath())
                || Files.isRegularFile(ProfileFileLocation.credentialsFilePath());
    }
}
