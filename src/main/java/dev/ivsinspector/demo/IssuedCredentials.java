package dev.ivsinspector.demo;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The role credentials and bearer tokens the demo organization handed out: IVS requests signed with an issued
 * access key act as that key's account and role, until it expires.
 */
final class IssuedCredentials {

    record RoleKeys(String accessKeyId, String secretAccessKey, String sessionToken, String accountId, String role,
                    Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final AtomicLong serial = new AtomicLong();
    private final Map<String, RoleKeys> byAccessKey = new ConcurrentHashMap<>();
    private final Map<String, Instant> bearerTokens = new ConcurrentHashMap<>();

    RoleKeys issue(String accountId, String role, Instant expiresAt) {
        // ASIA marks temporary keys, as in AWS; the rest only has to be unique.
        String keyId = "ASIADEMO" + GeneratedSamples.zeroPadded((int) serial.incrementAndGet(), 12);
        RoleKeys keys = new RoleKeys(keyId, secret(20), secret(32), accountId, role, expiresAt);
        byAccessKey.put(keyId, keys);
        return keys;
    }

    Optional<RoleKeys> forAccessKey(String accessKeyId) {
        return Optional.ofNullable(byAccessKey.get(accessKeyId));
    }

    String issueBearerToken(Instant expiresAt) {
        String token = "demo-org-" + secret(24);
        bearerTokens.put(token, expiresAt);
        return token;
    }

    boolean validBearerToken(String token, Instant now) {
        Instant expiresAt = token == null ? null : bearerTokens.get(token);
        return expiresAt != null && now.isBefore(expiresAt);
    }

    private String secret(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
