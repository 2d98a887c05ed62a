package dev.ivsinspector.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The IAM Identity Center OIDC device flow of the demo organization (rest-json: POST /client/register,
 * /device_authorization, /token). Nobody has to approve anything: the first poll gets a token, and the
 * verification page says so, so a person trying the demo is never asked for a real sign-in.
 */
final class DemoOidc {

    static final String SIGN_IN_PAGE = "/demo-sign-in";
    static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final String REFRESH_GRANT = "refresh_token";

    private final IssuedCredentials issued;
    private final Clock clock;
    private final AtomicInteger serial = new AtomicInteger();
    private final Set<String> deviceCodes = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();

    DemoOidc(IssuedCredentials issued, Clock clock) {
        this.issued = issued;
        this.clock = clock;
    }

    static boolean serves(String method, String path) {
        return "POST".equals(method) && (path.equals("/client/register") || path.equals("/device_authorization")
                || path.equals("/token")) || "GET".equals(method) && path.equals(SIGN_IN_PAGE);
    }

    /** @param baseUri where the client reached this endpoint, for the verification page's address */
    Reply handle(String path, byte[] body, String baseUri) {
        return switch (path) {
            case "/client/register" -> register();
            case "/device_authorization" -> startDeviceAuthorization(baseUri);
            case "/token" -> createToken(RequestBody.parse(body));
            default -> Reply.html(signInPage());
        };
    }

    private Reply register() {
        Map<String, Object> body = new LinkedHashMap<>();
        long now = clock.instant().getEpochSecond();
        body.put("clientId", "demo-client-" + serial.incrementAndGet());
        body.put("clientSecret", "demo-client-secret-" + serial.get());
        body.put("clientIdIssuedAt", now);
        body.put("clientSecretExpiresAt", now + Duration.ofDays(90).toSeconds());
        return Reply.ok(body);
    }

    private Reply startDeviceAuthorization(String baseUri) {
        int n = serial.incrementAndGet();
        String deviceCode = "demo-device-" + n;
        String userCode = "DEMO-" + GeneratedSamples.zeroPadded(n % 10_000, 4);
        deviceCodes.add(deviceCode);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deviceCode", deviceCode);
        body.put("userCode", userCode);
        body.put("verificationUri", baseUri + SIGN_IN_PAGE);
        body.put("verificationUriComplete", baseUri + SIGN_IN_PAGE + "?user_code=" + userCode);
        body.put("expiresIn", 600);
        body.put("interval", 1);
        return Reply.ok(body);
    }

    private Reply createToken(RequestBody request) {
        String grant = request.string("grantType").orElse("");
        boolean known = switch (grant) {
            case DEVICE_GRANT -> request.string("deviceCode").map(deviceCodes::remove).orElse(false);
            case REFRESH_GRANT -> request.string("refreshToken").map(refreshTokens::remove).orElse(false);
            default -> throw DemoError.INVALID_REQUEST.exception("Unsupported grant type: " + grant);
        };
        if (!known) {
            throw DemoError.INVALID_GRANT.exception("The device code or refresh token is not valid");
        }
        Instant expiresAt = clock.instant().plus(TOKEN_LIFETIME);
        String refresh = "demo-refresh-" + serial.incrementAndGet() + "-" + expiresAt.getEpochSecond();
        refreshTokens.add(refresh);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accessToken", issued.issueBearerToken(expiresAt));
        body.put("tokenType", "Bearer");
        body.put("expiresIn", TOKEN_LIFETIME.toSeconds());
        body.put("refreshToken", refresh);
        return Reply.ok(body);
    }

    private static String signInPage() {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>IVS Inspector demo organization</title>"
                + "</head><body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\">"
                + "<h1>Demo organization</h1><p>This is IVS Inspector's built-in demo organization, running on this"
                + " computer. Its sign-in is approved by itself: there is nothing to confirm here, and no AWS account"
                + " is involved.</p><p>Go back to IVS Inspector.</p></body></html>";
    }
}
