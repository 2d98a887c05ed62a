package dev.ivsinspector.demo;

import com.sun.net.httpserver.Headers;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * The demo organization's side of the endpoint: the OIDC device flow and the access portal (routed by path:
 * neither is signed with SigV4), and IVS requests signed with role keys the portal issued, answered as that
 * key's account, within the limits the organization sets. Requests signed with any other key are not its
 * business and go to the single demo account.
 */
final class OrganizationRoutes {

    static final String PORTAL_METER_KEY = "portal";

    private final SampleOrganization organization;
    private final IssuedCredentials issued = new IssuedCredentials();
    private final DemoOidc oidc;
    private final DemoPortal portal;
    private final Map<String, IvsOperations> operationsByAccount = new LinkedHashMap<>();
    private final TrafficMeter meter;
    private final Clock clock;
    /** Seeded: a run of the benchmark throttles the same share every time. */
    private final Random throttleDice = new Random(19);

    OrganizationRoutes(SampleOrganization organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
        this.meter = new TrafficMeter(clock::millis);
        this.oidc = new DemoOidc(issued, clock);
        this.portal = new DemoPortal(organization, issued, clock);
        organization.members().forEach(m -> operationsByAccount.put(m.accountId(), new IvsOperations(m.account())));
    }

    SampleOrganization organization() {
        return organization;
    }

    TrafficMeter meter() {
        return meter;
    }

    /** The S3, IAM and STS resources of the member account whose issued role keys these are; empty for other keys. */
    Optional<AccountResources> resourcesFor(String accessKeyId) {
        return issued.forAccessKey(accessKeyId)
                .flatMap(keys -> organization.member(keys.accountId()))
                .map(member -> member.account().resources());
    }

    /** The account and role of role keys the portal issued; empty for other keys. */
    Optional<IssuedCredentials.RoleKeys> roleKeys(String accessKeyId) {
        return issued.forAccessKey(accessKeyId);
    }

    /** The device flow and the portal; empty for anything else. */
    Optional<Reply> routeUnsigned(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
        if (DemoOidc.serves(method, rawPath)) {
            String host = headers.getFirst("Host");
            return Optional.of(oidc.handle(rawPath, body, "http://" + (host == null ? "127.0.0.1" : host)));
        }
        if (!DemoPortal.serves(rawPath)) {
            return Optional.empty();
        }
        if (!meter.admit(PORTAL_METER_KEY, organization.limits().portalRequestsPerSecond())) {
            return Optional.of(Reply.error(DemoError.TOO_MANY_REQUESTS, "Too many requests"));
        }
        pause();
        return Optional.of(portal.handle(method, rawPath, rawQuery, headers.getFirst(DemoPortal.BEARER_HEADER)));
    }

    /** An IVS request signed with issued role keys, answered as their account; empty for other keys. */
    Optional<Reply> routeIvs(SigV4Scope scope, String operation, Function<IvsOperations, Reply> call) {
        Optional<IssuedCredentials.RoleKeys> found = issued.forAccessKey(scope.accessKeyId());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IssuedCredentials.RoleKeys keys = found.get();
        SampleOrganization.Limits limits = organization.limits();
        if (!meter.admit(keys.accountId() + "/" + scope.region(), limits.ivsRequestsPerSecond())) {
            return Optional.of(Reply.error(DemoError.THROTTLING, "Rate exceeded"));
        }
        pause();
        if (!clock.instant().isBefore(keys.expiresAt())) {
            throw DemoError.EXPIRED_TOKEN.exception("The security token included in the request is expired");
        }
        SampleOrganization.Member member = organization.member(keys.accountId()).orElseThrow();
        if (member.deniesIvs(keys.role())) {
            throw DemoError.ACCESS_DENIED.exception("User: arn:aws:sts::" + member.accountId()
                    + ":assumed-role/AWSReservedSSO_" + keys.role() + "_demo/demo-user is not authorized to perform: ivs:"
                    + operation + " with an explicit deny in a service control policy");
        }
        if (throttled(limits.throttledShare())) {
            return Optional.of(Reply.error(DemoError.THROTTLING, "Rate exceeded"));
        }
        return Optional.of(call.apply(operationsByAccount.get(member.accountId())));
    }

    private boolean throttled(double share) {
        if (share <= 0) {
            return false;
        }
        synchronized (throttleDice) {
            return throttleDice.nextDouble() < share;
        }
    }

    /** The network's latency, simulated per call. */
    private void pause() {
        long millis = organization.limits().latency().toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw DemoError.SERVICE_UNAVAILABLE.exception("The demo endpoint is shutting down");
            }
        }
    }
}
