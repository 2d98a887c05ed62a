package dev.ivsinspector.aws.connection;

import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.SdkClientDefaults;
import dev.ivsinspector.aws.SdkErrors;
import dev.ivsinspector.aws.connection.SsoSignInException.Reason;
import dev.ivsinspector.i18n.Texts;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClientBuilder;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/**
 * Signs in to IAM Identity Center with the OAuth device flow, like `aws sso login`: register a public client,
 * start a device authorization, show the code, poll CreateToken until the user approves, then store the token
 * where the SDK looks for it. Blocking: run it in a background task; cancel with the flag or an interrupt.
 */
public final class SsoSignIn {

    static final String CLIENT_NAME = "ivs-inspector";
    static final String CLIENT_TYPE = "public";
    static final String DEVICE_CODE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    /** RFC 8628 section 3.5: on slow_down the interval grows by 5 seconds, for this and all later polls. */
    static final Duration SLOW_DOWN_STEP = Duration.ofSeconds(5);
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    private static final Duration DEFAULT_CODE_LIFETIME = Duration.ofMinutes(10);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SsoSignIn.class);

    private final SsoTokenCache cache;
    private final Sleeper sleeper;
    private final Clock clock;
    private final URI oidcEndpointOverride;

    /** The real thing: the shared token cache, real waiting, the OIDC endpoint of the SSO region. */
    /** Signs in against AWS and writes to the cache the AWS CLI and the SDKs share. */
    public static SsoSignIn forUser() {
        return new SsoSignIn(SsoTokenCache.forUser(), Sleeper.SYSTEM, Clock.systemUTC(), null);
    }

    /** @param oidcEndpointOverride null for the SDK's endpoint (which honours AWS_ENDPOINT_URL_SSO_OIDC) */
    public SsoSignIn(SsoTokenCache cache, Sleeper sleeper, Clock clock, URI oidcEndpointOverride) {
        this.cache = cache;
        this.sleeper = sleeper;
        this.clock = clock;
        this.oidcEndpointOverride = oidcEndpointOverride;
    }

    /**
     * Runs the whole device flow.
     *
     * @param listener  gets the code once, before polling starts
     * @param cancelled checked before and after every wait; an interrupt of the thread counts too
     * @throws SsoSignInException with the reason; nothing is written unless the sign-in succeeded
     */
    public SsoSignInResult signIn(SsoTarget target, SsoSignInListener listener, BooleanSupplier cancelled)
            throws SsoSignInException {
        try (SsoOidcClient oidc = client(target.region())) {
            checkCancelled(cancelled);
            RegisterClientResponse client = call("RegisterClient", cancelled, () -> oidc.registerClient(r -> {
                r.clientName(CLIENT_NAME).clientType(CLIENT_TYPE);
                if (!target.registrationScopes().isEmpty()) {
                    r.scopes(target.registrationScopes()); // An empty list would be sent as "scopes": [].
                }
            }));
            checkCancelled(cancelled);
            StartDeviceAuthorizationResponse device = call("StartDeviceAuthorization", cancelled,
                    () -> oidc.startDeviceAuthorization(r -> r.clientId(client.clientId())
                            .clientSecret(client.clientSecret()).startUrl(target.startUrl())));
            Duration lifetime = device.expiresIn() == null ? DEFAULT_CODE_LIFETIME : Duration.ofSeconds(device.expiresIn());
            DeviceCode code = new DeviceCode(device.verificationUri(), device.verificationUriComplete(),
                    device.userCode(), clock.instant().plus(lifetime));
            LOG.info("SSO sign-in to {} started; waiting for approval in the browser until {}",
                    target.startUrl(), code.expiresAt());
            listener.codeReady(code);

            CreateTokenResponse token = poll(oidc, client, device, code.expiresAt(), cancelled);
            checkCancelled(cancelled); // Cancelled while the last answer travelled: keep the promise, write nothing.
            return store(target, client, token);
        }
    }

    private CreateTokenResponse poll(SsoOidcClient oidc, RegisterClientResponse client,
                                     StartDeviceAuthorizationResponse device, Instant deadline,
                                     BooleanSupplier cancelled) throws SsoSignInException {
        Duration interval = device.interval() == null || device.interval() <= 0
                ? DEFAULT_INTERVAL : Duration.ofSeconds(device.interval());
        while (true) {
            checkCancelled(cancelled);
            try {
                sleeper.sleep(interval);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // The caller (e.g. a JavaFX Task) may look at it too.
                throw cancelledException();
            }
            checkCancelled(cancelled);
            if (!clock.instant().isBefore(deadline)) {
                throw codeExpired();
            }
            try {
                return oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                        .grantType(DEVICE_CODE_GRANT).deviceCode(device.deviceCode()));
            } catch (AuthorizationPendingException e) {
                LOG.debug("SSO sign-in: approval still pending");
            } catch (SlowDownException e) {
                interval = interval.plus(SLOW_DOWN_STEP);
                LOG.info("SSO sign-in: service asked to slow down; polling every {} s now", interval.toSeconds());
            } catch (software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException e) {
                throw codeExpired();
            } catch (software.amazon.awssdk.services.ssooidc.model.AccessDeniedException e) {
                LOG.info("SSO sign-in was denied in the browser");
                throw new SsoSignInException(Reason.DENIED,
                        Texts.text("sso.denied"), null);
            } catch (RuntimeException e) {
                throw failure("CreateToken", e, cancelled);
            }
        }
    }

    private SsoSignInResult store(SsoTarget target, RegisterClientResponse client, CreateTokenResponse token)
            throws SsoSignInException {
        Instant now = clock.instant();
        // Whole seconds, as the cache file stores it, so the result and the file never disagree.
        Instant expiresAt = now.plusSeconds(token.expiresIn() == null ? 3600 : token.expiresIn())
                .truncatedTo(ChronoUnit.SECONDS);
        // A legacy token cannot be refreshed, and the SDK and CLI read only these four fields of it; the client
        // secret is left off the disk where it serves nothing.
        boolean keepRegistration = !target.legacy();
        Instant registrationExpiresAt = client.clientSecretExpiresAt() == null || client.clientSecretExpiresAt() == 0
                ? null : Instant.ofEpochSecond(client.clientSecretExpiresAt());
        SsoCachedToken cached = new SsoCachedToken(target.startUrl(), target.region(), token.accessToken(), expiresAt,
                keepRegistration ? client.clientId() : null, keepRegistration ? client.clientSecret() : null,
                keepRegistration ? registrationExpiresAt : null, keepRegistration ? token.refreshToken() : null);
        try {
            var file = cache.write(target, cached);
            LOG.info("SSO sign-in to {} succeeded; token valid until {}, saved to {}", target.startUrl(), expiresAt, file);
            return new SsoSignInResult(file, expiresAt);
        } catch (IOException e) {
            LOG.warn("SSO token could not be saved in {}: {}", cache.directory(), e.toString());
            throw new SsoSignInException(Reason.CACHE_NOT_WRITABLE, Texts.format("sso.cacheNotWritable",
                    cache.directory(), e.getClass().getSimpleName()), e);
        }
    }

    private <T> T call(String operation, BooleanSupplier cancelled, Supplier<T> request)
            throws SsoSignInException {
        try {
            return request.get();
        } catch (RuntimeException e) {
            throw failure(operation, e, cancelled);
        }
    }

    private SsoSignInException failure(String operation, RuntimeException e, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            return cancelledException(); // The SDK turns an interrupt into AbortedException: that is a cancel.
        }
        IvsCallException classified = SdkErrors.classify(operation, e);
        LOG.info("SSO sign-in failed in {}: {} (code {}, status {}, request id {})", operation, classified.kind(),
                classified.errorCode(), classified.httpStatus(), classified.requestId());
        return new SsoSignInException(Reason.FAILED, Texts.format("sso.failed", operation, classified.getMessage()),
                classified);
    }

    private void checkCancelled(BooleanSupplier cancelled) throws SsoSignInException {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw cancelledException();
        }
    }

    private static SsoSignInException cancelledException() {
        LOG.info("SSO sign-in cancelled");
        return new SsoSignInException(Reason.CANCELLED, Texts.text("sso.cancelled"), null);
    }

    private static SsoSignInException codeExpired() {
        LOG.info("SSO sign-in code expired before it was approved");
        return new SsoSignInException(Reason.CODE_EXPIRED,
                Texts.text("sso.codeExpired"), null);
    }

    private SsoOidcClient client(String region) {
        SsoOidcClientBuilder builder = SsoOidcClient.builder()
                .region(Region.of(region))
                // The device-flow operations are unauthenticated; anonymous keeps the credential chain out of it.
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(3))
                        .socketTimeout(CALL_TIMEOUT))
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).apiCallTimeout(CALL_TIMEOUT)
                        .scheduledExecutorService(SdkClientDefaults.callTimeouts())
                        .addExecutionInterceptor(SdkClientDefaults.outsideInputGuard()));
        if (oidcEndpointOverride != null) {
            builder.endpointOverride(oidcEndpointOverride);
        }
        return builder.build();
    }
}
