package dev.ivsinspector.aws.connection;

import dev.ivsinspector.model.JsonText;
import dev.ivsinspector.store.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.utils.UserHomeDirectoryUtils;

/**
 * Reads and writes SSO tokens in the cache the AWS CLI and the SDKs share (~/.aws/sso/cache/SHA1.json), so a
 * sign-in here also serves the CLI and vice versa. Files are owner-only (600, directory 700) because they
 * hold bearer tokens, and written atomically ({@link AtomicFiles}), so a reader never sees half a token.
 */
public final class SsoTokenCache {

    private static final Logger LOG = LoggerFactory.getLogger(SsoTokenCache.class);
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");

    private final Path directory;

    /**
     * The cache the SDK reads. Its home is HOME (then USERPROFILE, then user.home), not just user.home; the
     * SDK's own helper is used so both always agree.
     */
    public static SsoTokenCache forUser() {
        return new SsoTokenCache(defaultDirectory());
    }

    public SsoTokenCache(Path directory) {
        this.directory = directory;
    }

    public static Path defaultDirectory() {
        return Paths.get(UserHomeDirectoryUtils.userHomeDirectory(), ".aws", "sso", "cache");
    }

    public Path directory() {
        return directory;
    }

    public Path fileFor(SsoTarget target) {
        return directory.resolve(sha1Hex(target.cacheKey()) + ".json");
    }

    public Optional<SsoCachedToken> read(SsoTarget target) {
        Path file = fileFor(target);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JsonNode.parser().parse(Files.readString(file, StandardCharsets.UTF_8));
            return Optional.of(new SsoCachedToken(text(json, "startUrl"), text(json, "region"),
                    text(json, "accessToken"), instant(json, "expiresAt"), text(json, "clientId"),
                    text(json, "clientSecret"), instant(json, "registrationExpiresAt"), text(json, "refreshToken")));
        } catch (IOException | RuntimeException e) {
            // Only the class name: a parser message could quote the file, which holds a bearer token.
            LOG.warn("Ignoring unreadable SSO token cache file {} ({})", file, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Writes the token for the target, replacing an older one; returns the file written. */
    public Path write(SsoTarget target, SsoCachedToken token) throws IOException {
        createPrivateDirectory(directory);
        Path file = fileFor(target);
        AtomicFiles.writeString(file, toJson(token), FILE_MODE);
        return file;
    }

    /** Same key the SDK's OnDiskTokenManager and SsoTokenFileUtils derive: lower-case hex SHA-1 of UTF-8. */
    static String sha1Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
        }
    }

    /** The CLI's layout: ISO-8601 UTC without fractions ("2026-11-26T12:00:00Z"), absent fields left out. */
    static String toJson(SsoCachedToken token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("startUrl", token.startUrl());
        fields.put("region", token.region());
        fields.put("accessToken", token.accessToken());
        fields.put("expiresAt", format(token.expiresAt()));
        fields.put("clientId", token.clientId());
        fields.put("clientSecret", token.clientSecret());
        fields.put("registrationExpiresAt", format(token.registrationExpiresAt()));
        fields.put("refreshToken", token.refreshToken());
        fields.values().removeIf(Objects::isNull);
        return JsonText.pretty(fields) + "\n";
    }

    private static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String text(JsonNode json, String field) {
        return json.field(field).filter(JsonNode::isString).map(JsonNode::asString).orElse(null);
    }

    private static Instant instant(JsonNode json, String field) {
        String value = text(json, field);
        if (value == null) {
            return null;
        }
        // Old botocore wrote "2019-11-14T04:05:45UTC", others an offset; the SDK itself only takes "...Z".
        String iso = value.endsWith("UTC") ? value.substring(0, value.length() - 3) + "Z" : value;
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(iso).toInstant();
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return; // An existing cache (e.g. the CLI's) keeps the mode its owner gave it.
        }
        if (posix()) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_MODE));
            Files.setPosixFilePermissions(dir, DIR_MODE);
        } else {
            Files.createDirectories(dir);
        }
    }
}
