package dev.ivsinspector.aws.connection;

import dev.ivsinspector.i18n.Texts;
import dev.ivsinspector.model.Bounds;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;

/**
 * Lists the profiles of the shared config and credentials files, read with the SDK's own parser so that
 * what the user picks here is exactly what the SDK will resolve later.
 */
public final class ProfileCatalog {

    public static final String DEFAULT_PROFILE = "default";
    private static final String SSO_SESSION_SECTION = "sso-session";
    private static final String SERVICES_SECTION = "services";

    private final Path configFile;
    private final Path credentialsFile;
    private final Map<String, String> environment;

    /**
     * The files the SDK itself would read: the system properties aws.configFile / aws.sharedCredentialsFile
     * first, then AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE, then ~/.aws/config and ~/.aws/credentials.
     *
     * @param environment the process environment (System.getenv() in the app), used for AWS_PROFILE
     */
    public static ProfileCatalog forUser(Map<String, String> environment) {
        return new ProfileCatalog(ProfileFileLocation.configurationFilePath(), ProfileFileLocation.credentialsFilePath(),
                environment);
    }

    /** Explicit files, for tests and for a "use this config file" option. Either path may be missing. */
    public ProfileCatalog(Path configFile, Path credentialsFile, Map<String, String> environment) {
        this.configFile = configFile;
        this.credentialsFile = credentialsFile;
        this.environment = Map.copyOf(environment);
    }

    public Path configFile() {
        return configFile;
    }

    public Path credentialsFile() {
        return credentialsFile;
    }

    /** The profile the AWS CLI would use without --profile: AWS_PROFILE, else "default". */
    public String defaultProfileName() {
        String fromEnv = environment.get("AWS_PROFILE");
        return fromEnv == null || fromEnv.isBlank() ? DEFAULT_PROFILE : fromEnv.trim();
    }

    /** Reads both files now (they may have changed since the last call, e.g. after `aws configure sso`). */
    public ProfileLoadResult load() {
        List<String> problems = new ArrayList<>();
        Optional<ProfileFile> config = parse(configFile, ProfileFile.Type.CONFIGURATION, problems);
        Optional<ProfileFile> credentials = parse(credentialsFile, ProfileFile.Type.CREDENTIALS, problems);

        // Same merge as the SDK's default profile file: credentials override config for the same profile.
        ProfileFile.Aggregator aggregator = ProfileFile.aggregator();
        config.ifPresent(aggregator::addFile);
        credentials.ifPresent(aggregator::addFile);
        ProfileFile merged = aggregator.build();

        List<AwsProfile> profiles = new ArrayList<>();
        for (Profile profile : merged.profiles().values()) {
            profiles.add(describe(profile, merged, problems));
        }
        profiles.sort(Comparator.comparing((AwsProfile p) -> !p.name().equals(DEFAULT_PROFILE))
                .thenComparing(AwsProfile::name));
        return new ProfileLoadResult(profiles, problems);
    }

    private static Optional<ProfileFile> parse(Path path, ProfileFile.Type type, List<String> problems) {
        if (path == null || !Files.isRegularFile(path)) {
            return Optional.empty(); // No file is normal (e.g. only SSO in config, no credentials file).
        }
        String what = Texts.text(type == ProfileFile.Type.CONFIGURATION ? "profiles.file.config" : "profiles.file.credentials");
        try {
            long size = Files.size(path);
            if (size > Bounds.PROFILE_FILE_BYTES) {
                problems.add(Texts.format("profiles.file.tooLarge", what, path, size, Bounds.PROFILE_FILE_BYTES));
                return Optional.empty();
            }
        } catch (java.io.IOException e) {
            problems.add(Texts.format("profiles.file.unreadable", what, path, e.getClass().getSimpleName()));
            return Optional.empty();
        }
        try {
            return Optional.of(ProfileFile.builder().content(path).type(type).build());
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // The SDK's parser messages name a line number, never the line's text, so they carry no secret.
            problems.add(Texts.format("profiles.file.invalid", what, path, e.getMessage()));
        } catch (RuntimeException e) {
            problems.add(Texts.format("profiles.file.broken", what, path, e.getClass().getSimpleName()));
        }
        return Optional.empty();
    }

    private AwsProfile describe(Profile profile, ProfileFile file, List<String> problems) {
        String sessionName = prop(profile, "sso_session");
        Optional<Profile> session = Optional.empty();
        if (sessionName != null) {
            session = file.getSection(SSO_SESSION_SECTION, sessionName);
            if (session.isEmpty()) {
                problems.add(Texts.format("profiles.noSsoSession", profile.name(), sessionName));
            }
        }
        String startUrl = session.map(s -> prop(s, "sso_start_url")).orElse(prop(profile, "sso_start_url"));
        String ssoRegion = session.map(s -> prop(s, "sso_region")).orElse(prop(profile, "sso_region"));
        List<String> scopes = session.map(s -> prop(s, "sso_registration_scopes"))
                .map(ProfileCatalog::splitList).orElse(List.of());
        return new AwsProfile(profile.name(), prop(profile, "region"), kindOf(profile), sessionName, startUrl,
                ssoRegion, ivsEndpoint(profile, file), scopes);
    }

    /** Mirrors the order of the SDK's ProfileCredentialsUtils, so the label matches the provider it builds. */
    static ProfileKind kindOf(Profile profile) {
        Map<String, String> p = profile.properties();
        if (p.containsKey("role_arn") && p.containsKey("web_identity_token_file")) {
            return ProfileKind.WEB_IDENTITY;
        }
        if (p.containsKey("sso_session")) {
            return ProfileKind.SSO_SESSION;
        }
        if (p.containsKey("sso_start_url") || p.containsKey("sso_account_id") || p.containsKey("sso_role_name")) {
            return ProfileKind.LEGACY_SSO;
        }
        if (p.containsKey("role_arn")) {
            return ProfileKind.ROLE;
        }
        if (p.containsKey("credential_process")) {
            return ProfileKind.PROCESS;
        }
        if (p.containsKey("aws_access_key_id")) {
            return ProfileKind.STATIC_KEYS;
        }
        return ProfileKind.OTHER;
    }

    /** A [services X] section's ivs.endpoint_url is more specific than the profile's global endpoint_url. */
    private static String ivsEndpoint(Profile profile, ProfileFile file) {
        String services = prop(profile, SERVICES_SECTION);
        if (services != null) {
            String specific = file.getSection(SERVICES_SECTION, services)
                    .map(s -> prop(s, "ivs.endpoint_url")).orElse(null);
            if (specific != null) {
                return specific;
            }
        }
        return prop(profile, "endpoint_url");
    }

    private static String prop(Profile profile, String key) {
        return profile.property(key).map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
    }

    private static List<String> splitList(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
