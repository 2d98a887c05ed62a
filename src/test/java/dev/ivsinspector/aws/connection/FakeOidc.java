package dev.ivsinspector.aws.connection;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The IAM Identity Center OIDC API (rest-json) on loopback: POST /client/register, /device_authorization and
 * /token. Errors as the service sends them: HTTP 400, x-amzn-ErrorType, body {"error","error_description"}.
 * /token answers from a script, one entry per poll; the last one repeats.
 */
public final class FakeOidc implements AutoCloseable {

    public static final String SECRET = "FAKESECRETdoNotLeak0123456789";
    public static final String CLIENT_ID = "client-id-1";
    public static final String DEVICE_CODE = "device-code-1";
    public static final String USER_CODE = "ABCD-EFGH";
    static final Instant REGISTRATION_EXPIRES = Instant.parse("2027-02-24T12:00:00Z");

    private final Queue<LoopbackServer.Reply> tokenScript = new ConcurrentLinkedQueue<>();
    private volatile LoopbackServer.Reply lastToken;
    private final int interval;
    private final int expiresIn;
    private final LoopbackServer server;

    public FakeOidc(int intervalSeconds, int expiresInSeconds) throws IOException {
        this.interval = intervalSeconds;
        this.expiresIn = expiresInSeconds;
        this.server = new LoopbackServer(this::answer);
    }

    public static LoopbackServer.Reply token(boolean withRefresh) {
        return LoopbackServer.Reply.json(200, "{\"accessToken\":\"" + SECRET + "\",\"tokenType\":\"Bearer\","
                + "\"expiresIn\":28800" + (withRefresh ? ",\"refreshToken\":\"" + SECRET + "-refresh\"" : "") + "}");
    }

    public static LoopbackServer.Reply error(String type, String error) {
        return LoopbackServer.Reply.error(400, type,
                "{\"error\":\"" + error + "\",\"error_description\":\"" + error + " from the fake\"}");
    }

    public static LoopbackServer.Reply pending() {
        return error("AuthorizationPendingException", "authorization_pending");
    }

    public FakeOidc thenToken(LoopbackServer.Reply... replies) {
        tokenScript.addAll(List.of(replies));
        return this;
    }

    private LoopbackServer.Reply answer(LoopbackServer.Request r) {
        switch (r.path()) {
            case "/client/register":
                return LoopbackServer.Reply.json(200, "{\"clientId\":\"" + CLIENT_ID + "\",\"clientSecret\":\"" + SECRET
                        + "\",\"clientIdIssuedAt\":1764158400,\"clientSecretExpiresAt\":"
                        + REGISTRATION_EXPIRES.getEpochSecond() + "}");
            case "/device_authorization":
                return LoopbackServer.Reply.json(200, "{\"deviceCode\":\"" + DEVICE_CODE + "\",\"userCode\":\"" + USER_CODE
                        + "\",\"verificationUri\":\"https://device.sso.example.com/\",\"verificationUriComplete\":"
                        + "\"https://device.sso.example.com/?user_code=" + USER_CODE + "\",\"expiresIn\":" + expiresIn
                        + ",\"interval\":" + interval + "}");
            case "/token":
                LoopbackServer.Reply next = tokenScript.poll();
                if (next != null) {
                    lastToken = next;
                }
                return lastToken;
            default:
                return LoopbackServer.Reply.error(404, "ResourceNotFoundException", "{\"message\":\"no such path\"}");
        }
    }

    public URI uri() {
        return server.uri();
    }

    List<LoopbackServer.Request> requests() {
        return server.requests();
    }

    long tokenPolls() {
        return server.paths().stream().filter("/token"::equals).count();
    }

    @Override
    public void close() {
        server.close();
    }

    /** A clock the fake sleeper moves forward, so waiting costs nothing and expiry can be reached. */
    public static final class FakeTime implements Sleeper {
        private volatile Instant now = Instant.parse("2026-11-26T04:00:00Z");
        final List<Duration> sleeps = new java.util.concurrent.CopyOnWriteArrayList<>();

        public java.time.Clock clock() {
            return new java.time.Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return java.time.ZoneOffset.UTC;
                }

                @Override
                public java.time.Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
        }

        public Instant now() {
            return now;
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            sleeps.add(duration);
            now = now.plus(duration);
        }
    }
}
