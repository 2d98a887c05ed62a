package dev.ivsinspector.aws.connection;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A finished sign-in: where the token went and until when it works. No token here on purpose; the SDK reads
 * it from the file. Rebuild clients (credentials providers) afterwards: the SDK reads the token when it builds them.
 */
public record SsoSignInResult(Path cacheFile, Instant expiresAt) {
}
