package dev.ivsinspector.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.org.AccountDirectory;
import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.aws.org.PortalPacer;
import dev.ivsinspector.aws.org.SsoPortal;
import dev.ivsinspector.aws.org.SdkConfigAggregators;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.store.InventoryRow;
import dev.ivsinspector.store.InventoryStore;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import dev.ivsinspector.testing.DemoOrganizationRig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** All accounts from an AWS Config aggregator: one paged query over real HTTP fills the same inventory. */
class AllAccountsAggregatorTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");

    @Test
    void theAggregatorsQueryFillsTheInventoryMarkedAsRecordedByAwsConfig() throws Exception {
        SampleOrganization organization = SampleOrganization.standard();
        Path file = Files.createTempDirectory("inventory").resolve(InventoryStore.FILE_NAME);
        try (DemoOrganizationRig rig = new DemoOrganizationRig(organization)) {
            Inventory inventory = new Inventory(file, Clock.systemUTC());
            AllAccountsViewModel vm = new AllAccountsViewModel(new AllAccountsViewModel.Services(
                    Optional::<AccountDirectory>empty, () -> ConnectionSettings.demo(rig.endpoint().uri()),
                    List.of("us-east-1", "us-west-2"), MESSAGES, inventory, new SdkConfigAggregators()),
                    new CurrentThreadTaskExecutor());

            vm.findAggregators();
            assertThat(vm.sources()).extracting(ListingSource::aggregator).containsExactly(null, "demo-organization");
            vm.sourceProperty().set(vm.sources().get(1));
            vm.start();

            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.rows()).hasSize(organization.configurationCount());
            assertThat(vm.rows()).allSatisfy(row -> assertThat(row.source()).startsWith("as recorded by AWS Config at "));
            assertThat(vm.summaryProperty().get()).contains(organization.configurationCount() + " configurations in 4 accounts")
                    .contains("as recorded by AWS Config");
            inventory.close();
            try (InventoryStore store = InventoryStore.open(file, Clock.systemUTC())) {
                List<InventoryRow> stored = store.rows();
                assertThat(stored).hasSize(organization.configurationCount());
                assertThat(stored).allSatisfy(row -> {
                    assertThat(row.recordedBy()).isEqualTo(Inventory.AWS_CONFIG);
                    assertThat(row.recordedAt()).isNotNull();
                });
                assertThat(store.lastRefresh()).isPresent();
            }
        }
    }

    @Test
    void aListingThatWaitedForASignInRunsByItselfOnceOneReachesTheAccounts() throws Exception {
        SampleOrganization organization = SampleOrganization.standard().withLimits(SampleOrganization.Limits.NONE);
        Path file = Files.createTempDirectory("inventory").resolve(InventoryStore.FILE_NAME);
        try (DemoOrganizationRig rig = new DemoOrganizationRig(organization).signIn();
             SsoPortal portal = new SsoPortal(rig.portal(), PortalPacer.direct())) {
            AtomicReference<AccountDirectory> signedIn = new AtomicReference<>();
            AllAccountsViewModel vm = new AllAccountsViewModel(new AllAccountsViewModel.Services(
                    () -> Optional.ofNullable(signedIn.get()), rig::connection, List.of("us-west-2"), MESSAGES,
                    new Inventory(file, Clock.systemUTC()), new SdkConfigAggregators()), new CurrentThreadTaskExecutor());
            vm.allRegionsProperty().set(false);
            vm.regionProperty().set("us-west-2");
            vm.start();
            assertThat(vm.summaryProperty().get()).isEqualTo(MESSAGES.getString("allAccounts.noSignIn"));
            assertThat(vm.statuses()).isEmpty();

            signedIn.set(portal);
            vm.signedIn();

            assertThat(vm.statuses()).hasSize(4).allMatch(AccountRegionStatus::finished);
            assertThat(vm.rows()).isNotEmpty();
            assertThat(vm.summaryProperty().get()).contains("4 account-regions: 3 listed, 1 denied");
        }
    }

    @Test
    void withoutAnAggregatorOnlyEachAccountIsOffered() throws Exception {
        Path file = Files.createTempDirectory("inventory").resolve(InventoryStore.FILE_NAME);
        try (var single = dev.ivsinspector.demo.DemoEndpoint.start()) {
            AllAccountsViewModel vm = new AllAccountsViewModel(new AllAccountsViewModel.Services(
                    Optional::<AccountDirectory>empty, () -> ConnectionSettings.demo(single.uri()),
                    List.of("us-west-2"), MESSAGES, new Inventory(file, Clock.systemUTC()), new SdkConfigAggregators()),
                    new CurrentThreadTaskExecutor());
            vm.findAggregators();
            assertThat(vm.sources()).extracting(ListingSource::aggregator).containsExactly((String) null);
            vm.start();
            assertThat(vm.summaryProperty().get()).isEqualTo(MESSAGES.getString("allAccounts.noSignIn"));
        }
    }
}
