package dev.ivsinspector.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The demo organization: the accounts one IAM Identity Center sign-in reaches, the roles it may take in each,
 * each account's own configurations, and the limits the endpoint enforces. Immutable, like {@link SampleAccount}.
 */
public final class SampleOrganization {

    public static final String READ_ONLY_ROLE = "ReadOnlyAccess";
    public static final String ADMIN_ROLE = "AdministratorAccess";
    /** The start URL the demo's SSO profile uses; the endpoint accepts any. */
    public static final String START_URL = "https://demo-organization.awsapps.com/start";
    /** The Identity Center region of the demo organization. */
    public static final String SSO_REGION = "us-east-1";

    /**
     * One account of the organization.
     *
     * @param deniedIvsRoles roles whose IVS calls are answered AccessDeniedException, as an SCP or a narrow
     *                       permission set would
     */
    public record Member(String accountId, String name, String email, List<String> roles, Set<String> deniedIvsRoles,
                         SampleAccount account) {
        public Member {
            Objects.requireNonNull(accountId, "accountId");
            roles = List.copyOf(roles);
            deniedIvsRoles = Set.copyOf(deniedIvsRoles);
            account = account.withAccountId(accountId);
        }

        public boolean deniesIvs(String role) {
            return deniedIvsRoles.contains(role);
        }
    }

    /**
     * What the endpoint enforces, like AWS: requests per second per account and region for IVS (0: none), a
     * latency per call, a share of IVS calls answered ThrottlingException, requests per second for the SSO
     * portal (AWS does not publish it; 10 is assumed), and how long role credentials live.
     */
    public record Limits(int ivsRequestsPerSecond, Duration latency, double throttledShare,
                         int portalRequestsPerSecond, Duration credentialLifetime) {
        public static final Limits NONE = new Limits(0, Duration.ZERO, 0, 0, Duration.ofHours(1));
        /** The demo's: AWS's rates without the network's latency, so the demo stays quick. */
        public static final Limits DEMO = new Limits(5, Duration.ZERO, 0.02, 10, Duration.ofHours(1));
        /** What the benchmark measures against: AWS's rates, a network's latency, 1 % throttled. */
        public static final Limits AWS_LIKE = new Limits(5, Duration.ofMillis(50), 0.01, 10, Duration.ofHours(1));

        public Limits withCredentialLifetime(Duration lifetime) {
            return new Limits(ivsRequestsPerSecond, latency, throttledShare, portalRequestsPerSecond, lifetime);
        }

        public Limits withThrottledShare(double share) {
            return new Limits(ivsRequestsPerSecond, latency, share, portalRequestsPerSecond, credentialLifetime);
        }

        public Limits withLatency(Duration perCall) {
            return new Limits(ivsRequestsPerSecond, perCall, throttledShare, portalRequestsPerSecond, credentialLifetime);
        }
    }

    private final List<Member> members;
    private final Map<String, Member> byId = new LinkedHashMap<>();
    private final Limits limits;

    public SampleOrganization(List<Member> members, Limits limits) {
        this.members = List.copyOf(members);
        this.limits = limits;
        for (Member m : this.members) {
            if (byId.put(m.accountId(), m) != null) {
                throw new IllegalArgumentException("Duplicate account " + m.accountId());
            }
        }
    }

    /**
     * Four accounts, two roles: production (the curated samples and their buckets), staging (without IVS's
     * service-linked role), events (enough to page) and an audit account whose role is denied IVS.
     */
    public static SampleOrganization standard() {
        List<String> both = List.of(READ_ONLY_ROLE, ADMIN_ROLE);
        List<Member> members = List.of(
                new Member("111122223333", "Production", "aws-production@example.com", both, Set.of(),
                        SampleAccount.of(StandardSamples.configs()).withResources(
                                AccountResources.of(StandardSamples.buckets()))),
                // Nobody here was allowed iam:CreateServiceLinkedRole: the recording doctor's role finding.
                new Member("444455556666", "Staging", "aws-staging@example.com", both, Set.of(),
                        SampleAccount.empty().withGenerated("us-west-2", 12).withGenerated("eu-central-1", 4)
                                .withoutServiceLinkedRole()),
                new Member("777788889999", "Live events", "aws-events@example.com", List.of(READ_ONLY_ROLE), Set.of(),
                        SampleAccount.empty().withGenerated("ap-northeast-1", 30).withGenerated("ap-south-1", 140)),
                new Member("999900001111", "Security audit", "aws-audit@example.com", List.of(READ_ONLY_ROLE),
                        Set.of(READ_ONLY_ROLE), SampleAccount.empty().withGenerated("us-east-1", 6)));
        return new SampleOrganization(members, Limits.DEMO);
    }

    /**
     * {@code accounts} accounts, each holding configurations in every region of {@code regions}, {@code total}
     * configurations in all (spread evenly); every role is ReadOnlyAccess.
     */
    public static SampleOrganization generated(int accounts, List<String> regions, int total, Limits limits) {
        List<Member> members = new ArrayList<>(accounts);
        int cells = accounts * regions.size();
        for (int a = 0; a < accounts; a++) {
            SampleAccount account = SampleAccount.empty();
            for (int r = 0; r < regions.size(); r++) {
                int cell = a * regions.size() + r;
                int count = total / cells + (cell < total % cells ? 1 : 0);
                account = account.withGenerated(regions.get(r), count);
            }
            String id = "5" + GeneratedSamples.zeroPadded(a, 11);
            members.add(new Member(id, "Account " + (a + 1), "aws-" + (a + 1) + "@example.com",
                    List.of(READ_ONLY_ROLE), Set.of(), account));
        }
        return new SampleOrganization(members, limits);
    }

    public SampleOrganization withLimits(Limits newLimits) {
        return new SampleOrganization(members, newLimits);
    }

    public List<Member> members() {
        return members;
    }

    public Optional<Member> member(String accountId) {
        return Optional.ofNullable(byId.get(accountId));
    }

    public Limits limits() {
        return limits;
    }

    public int configurationCount() {
        return members.stream().mapToInt(m -> m.account().configs().size()).sum();
    }
}
