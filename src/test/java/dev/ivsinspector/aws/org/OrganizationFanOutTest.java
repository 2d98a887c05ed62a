package dev.ivsinspector.aws.org;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.testing.DemoOrganizationRig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * All accounts × regions over real HTTP against the demo organization, which counts requests per second per
 * account-region and for the portal: no second may go over a limit, throttled answers are tried again, a denied
 * account is a status row of its own, and cancelling keeps what was listed.
 */
class OrganizationFanOutTest {

    private static final List<String> REGIONS = List.of("us-west-2", "us-east-1", "eu-central-1", "ap-south-1",
            "ap-northeast-1");

    /** Collects what the fan-out reports. */
    static final class Collected implements OrganizationFanOut.Listener {
        final Map<String, AccountRegionStatus> statuses = new ConcurrentHashMap<>();
        final AtomicInteger rows = new AtomicInteger();

        @Override
        public void status(AccountRegionStatus status) {
            statuses.put(status.key(), status);
        }

        @Override
        public void listed(AccountRegionStatus where, List<RecordingConfigurationSummary> page) {
            rows.addAndGet(page.size());
            assertThat(page).allSatisfy(c -> assertThat(c.arn()).contains(":" + where.accountId() + ":"));
        }
    }

    @Test
    void everyAccountRegionIsListedWithinTheLimitsAndThrottlingIsRetried() throws Exception {
        SampleOrganization organization = SampleOrganization.standard().withLimits(SampleOrganization.Limits.DEMO
                .withThrottledShare(0.2).withLatency(Duration.ofMillis(20)));
        Collected collected = new Collected();
        try (DemoOrganizationRig rig = new DemoOrganizationRig(organization).signIn();
             SsoPortal portal = new SsoPortal(rig.portal(), new PacedPortal(10, Backoff.STANDARD))) {
            OrganizationFanOut fanOut = new OrganizationFanOut(portal, rig.connection(), OrganizationFanOut.Options.AWS);
            fanOut.run(RoleRule.READ_ONLY, REGIONS, collected);

            assertThat(rig.endpoint().organizationTraffic().orElseThrow().overruns()).isEmpty();
            assertThat(fanOut.throttled()).isPositive();
        }
        assertThat(collected.statuses).hasSize(4 * REGIONS.size());
        int expected = organization.members().stream().filter(m -> !m.deniesIvs(SampleOrganization.READ_ONLY_ROLE))
                .mapToInt(m -> (int) m.account().configs().stream().filter(c -> REGIONS.contains(c.region())).count())
                .sum();
        assertThat(collected.rows).hasValue(expected);
        assertThat(collected.statuses.get("777788889999/ap-south-1").listed()).isEqualTo(140);
        assertThat(collected.statuses.values()).filteredOn(s -> s.accountId().equals("999900001111"))
                .allSatisfy(s -> {
                    assertThat(s.state()).isEqualTo(AccountRegionStatus.State.DENIED);
                    assertThat(s.reason()).contains("not authorized").contains("request id");
                });
        assertThat(collected.statuses.values()).filteredOn(s -> !s.accountId().equals("999900001111"))
                .allSatisfy(s -> {
                    assertThat(s.state()).isEqualTo(AccountRegionStatus.State.LISTED);
                    assertThat(s.role()).isEqualTo(SampleOrganization.READ_ONLY_ROLE);
                });
    }

    @Test
    void manyPagesOfOneAccountRegionNeverGoOverItsRate() throws Exception {
        SampleOrganization organization = SampleOrganization.generated(3, List.of("us-west-2"), 2_400,
                SampleOrganization.Limits.AWS_LIKE.withThrottledShare(0));
        Collected collected = new Collected();
        long started = System.nanoTime();
        try (DemoOrganizationRig rig = new DemoOrganizationRig(organization).signIn();
             SsoPortal portal = new SsoPortal(rig.portal(), new PacedPortal(10, Backoff.STANDARD))) {
            new OrganizationFanOut(portal, rig.connection(), OrganizationFanOut.Options.AWS)
                    .run(RoleRule.READ_ONLY, List.of("us-west-2"), collected);
            assertThat(rig.endpoint().organizationTraffic().orElseThrow().overruns()).isEmpty();
        }
        assertThat(collected.rows).hasValue(2_400);
        // 8 pages per account-region at 5 per second cannot take less than a second and a half.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1_400));
    }

    @Test
    void cancellingKeepsWhatWasListedAndMarksTheRest() throws Exception {
        SampleOrganization organization = SampleOrganization.generated(30, List.of("us-west-2", "eu-west-1"), 6_000,
                SampleOrganization.Limits.AWS_LIKE.withThrottledShare(0).withLatency(Duration.ofMillis(80)));
        Collected collected = new Collected();
        try (DemoOrganizationRig rig = new DemoOrganizationRig(organization).signIn();
             SsoPortal portal = new SsoPortal(rig.portal(), new PacedPortal(10, Backoff.STANDARD))) {
            OrganizationFanOut fanOut = new OrganizationFanOut(portal, rig.connection(), OrganizationFanOut.Options.AWS);
            Thread runner = new Thread(() -> {
                try {
                    fanOut.run(RoleRule.READ_ONLY, List.of("us-west-2", "eu-west-1"), collected);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            runner.start();
            long deadline = System.currentTimeMillis() + 20_000;
            while (collected.rows.get() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            runner.interrupt();
            runner.join(10_000);
            assertThat(runner.isAlive()).isFalse();
        }
        assertThat(collected.rows.get()).isPositive().isLessThan(6_000);
        assertThat(collected.statuses.values()).allSatisfy(s -> assertThat(s.finished()).isTrue());
        assertThat(collected.statuses.values()).anySatisfy(s ->
                assertThat(s.state()).isEqualTo(AccountRegionStatus.State.CANCELLED));
        int listedInStatuses = collected.statuses.values().stream().mapToInt(AccountRegionStatus::listed).sum();
        assertThat(listedInStatuses).isEqualTo(collected.rows.get());
    }
}
