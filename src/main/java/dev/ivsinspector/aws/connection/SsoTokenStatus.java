package dev.ivsinspector.aws.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells from the token cache, without any network call, whether an SSO profile is signed in, so the UI can
 * offer "Sign in" before the first call fails. Cheap (one small file read): fine to ask on every profile change.
 */
public final class SsoTokenStatus {

    /** A token this close to its end is treated as expired: a call started now would likely outlive it. */
    static final Duration EXPIRY_MARGIN = Duration.ofMinutes(1);

    public enum State {
        /** The profile does not use SSO: no sign-in needed (or possible). */
        NOT_SSO,
        /** SSO profile without sso_start_url or sso_region: fix the config (see {@link Status#problem()}). */
        MISCONFIGURED,
        /** No cached token: never signed in here or with the CLI, or logged out. */
        SIGNED_OUT,
        /** A token exists but has run out (see {@link Status#refreshable()}). */
        EXPIRED,
        /** A usable token exists until {@link Status#expiresAt()}. */
        VALID
    }

    /**
     * @param expiresAt   end of the cached token, or null without one
     * @param refreshable the SDK can renew the expired token by itself (sso-session token with refresh token and
     *                    live client registration), so calls may still work
     * @param problem     user-facing text for MISCONFIGURED, else null
     */
    public record Status(State state, Instant expiresAt, boolean refreshable, String problem) {

        /** True when the user must go through the browser before calls can succeed. */
        public boolean needsSignIn() {
            return state == State.SIGNED_OUT || state == State.EXPIRED && !refreshable;
        }
    }

    private final SsoTokenCache cache;
    private final Clock clock;

    /** The status of the tokens in the cache the AWS CLI and the SDKs share. */
    public static SsoTokenStatus forUser() {
        return new SsoTokenStatus(SsoTokenCache.forUser(), Clock.systemUTC());
    }

    public SsoTokenStatus(SsoTokenCache cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
    }

    public Status of(AwsProfile profile) {
        if (!profile.kind().isSso()) {
            return new Status(State.NOT_SSO, null, false, null);
        }
        SsoTarget target;
        try {
            target = SsoTarget.of(profile);
        } catch (IllegalArgumentException e) {
            return new Status(State.MISCONFIGURED, null, false, e.getMessage());
        }
        return of(target);
    }

    public Status of(SsoTarget target) {
        Optional<SsoCachedToken> cached = cache.read(target);
        if (cached.isEmpty() || cached.get().accessToken() == null || cached.get().expiresAt() == null) {
            return new Status(State.SIGNED_OUT, null, false, null);
        }
        SsoCachedToken token = cached.get();
        Instant now = clock.instant();
        if (token.isValidAt(now.plus(EXPIRY_MARGIN))) {
            return new Status(State.VALID, token.expiresAt(), false, null);
        }
        // Legacy tokens are never refreshed by the SDK, whatever the file holds.
        boolean refreshable = !target.legacy() && token.isRefreshableAt(now);
        return new Status(State.EXPIRED, token.expiresAt(), refreshable, null);
    }
}
