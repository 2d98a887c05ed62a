package dev.ivsinspector.ui.connection;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.connection.AwsProfile;
import dev.ivsinspector.ui.common.Messages;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns an entry of the profile picker into connection settings and says which endpoint will really be used,
 * so a test endpoint is never mistaken for AWS.
 */
final class ConnectionChoice {

    static final String DEMO = "Demo account";
    static final String SDK_DEFAULT = "Default credential chain";

    private ConnectionChoice() {
    }

    /** The entry as the picker shows it: the two built-in entries in the user's language, profiles by name. */
    static String shownAs(String choice) {
        return DEMO.equals(choice) ? Messages.text("connection.choice.demo")
                : SDK_DEFAULT.equals(choice) ? Messages.text("connection.choice.sdkDefault") : choice;
    }

    /** @param profile the chosen profile, or null for the SDK's default chain */
    static ConnectionSettings settingsFor(AwsProfile profile, URI commandLineEndpoint) {
        ConnectionSettings settings = ConnectionSettings.sdkDefaults().withEndpoint(commandLineEndpoint);
        return profile == null ? settings : settings.withProfile(profile.name()).withRegion(profile.region());
    }

    /**
     * The endpoint override in force, in the SDK's order: --endpoint-url, then AWS_ENDPOINT_URL_IVS,
     * AWS_ENDPOINT_URL, then the profile's endpoint_url; null when calls go to AWS itself.
     */
    static String endpointOverride(AwsProfile profile, URI commandLineEndpoint, Map<String, String> env) {
        if (commandLineEndpoint != null) {
            return commandLineEndpoint.toString();
        }
        for (String variable : new String[] {"AWS_ENDPOINT_URL_IVS", "AWS_ENDPOINT_URL"}) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return profile == null ? null : profile.endpointUrl();
    }

    /** The region shown for the connection: the profile's, else AWS_REGION / AWS_DEFAULT_REGION. */
    static String regionOf(AwsProfile profile, Map<String, String> env) {
        if (profile != null && profile.region() != null) {
            return profile.region();
        }
        String region = env.get("AWS_REGION");
        return region != null && !region.isBlank() ? region : env.get("AWS_DEFAULT_REGION");
    }

    /**
     * The region of the SDK's default chain, in its order: AWS_REGION (and the CLI's AWS_DEFAULT_REGION), then the
     * region of the profile AWS_PROFILE names, or of the default profile.
     */
    static String defaultChainRegion(Map<String, String> env, Function<String, Optional<AwsProfile>> profiles) {
        String region = regionOf(null, env);
        if (region != null && !region.isBlank()) {
            return region;
        }
        String name = env.get("AWS_PROFILE");
        return profiles.apply(name != null && !name.isBlank() ? name : "default").map(AwsProfile::region).orElse(null);
    }
}
