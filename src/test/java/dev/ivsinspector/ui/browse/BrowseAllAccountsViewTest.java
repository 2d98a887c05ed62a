package dev.ivsinspector.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.org.AccountDirectory;
import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.aws.org.Backoff;
import dev.ivsinspector.aws.org.PacedPortal;
import dev.ivsinspector.aws.org.SdkConfigAggregators;
import dev.ivsinspector.aws.org.SsoPortal;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.store.InventoryEntry;
import dev.ivsinspector.store.InventoryStore;
import dev.ivsinspector.testing.DemoOrganizationRig;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.ui.accounts.AllAccountsViewModel;
import dev.ivsinspector.ui.accounts.Inventory;
import dev.ivsinspector.ui.accounts.OrgRow;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The browse pane's "All accounts" over real HTTP against the demo organization: beside All regions, a status row
 * per account-region, Cancel keeps what was listed, and the stored inventory shows at start before any call returns.
 */
@ExtendWith(ApplicationExtension.class)
class BrowseAllAccountsViewTest {

    private static final List<String> REGIONS = List.of("us-west-2", "us-east-1", "eu-central-1", "ap-south-1",
            "ap-northeast-1");
    private static final String PREFIX = "arn:aws:ivs:us-west-2:111122223333:recording-configuration/";
    /** Each call takes a while, as over a slow network: long enough to look before any answer arrives. */
    private static final SampleOrganization ORGANIZATION = SampleOrganization.standard().withLimits(
            SampleOrganization.Limits.DEMO.withLatency(Duration.ofMillis(1000)));

    private DemoOrganizationRig rig;
    private SsoPortal portal;
    private Inventory inventory;
    private SdkIvsGateway gateway;
    private BrowseViewModel browse;
    private AllAccountsViewModel organization;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempDirectory("inventory").resolve(InventoryStore.FILE_NAME);
        storeAnEarlierRefresh(file);
        rig = new DemoOrganizationRig(ORGANIZATION).signIn();
        portal = new SsoPortal(rig.portal(), new PacedPortal(10, Backoff.STANDARD));
        inventory = new Inventory(file, Clock.systemUTC());
        gateway = new SdkIvsGateway(rig.connection());
        FxTaskExecutor executor = new FxTaskExecutor();
        organization = new AllAccountsViewModel(new AllAccountsViewModel.Services(
                () -> Optional.<AccountDirectory>of(portal), rig::connection, REGIONS, Messages.bundle(), inventory,
                new SdkConfigAggregators()), executor);
        browse = new BrowseViewModel(gateway, executor, arn -> { }, organization);
        browse.loadRegions("us-west-2");
        FXMLLoader loader = new FXMLLoader(BrowseView.class.getResource("BrowseView.fxml"), Messages.bundle());
        BrowseView view = new BrowseView(browse);
        loader.setControllerFactory(type -> view);
        Parent root = loader.load();
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }

    private static void storeAnEarlierRefresh(Path file) throws Exception {
        try (InventoryStore store = InventoryStore.open(file, Clock.systemUTC())) {
            store.beginRefresh();
            store.record("111122223333", "Production", "us-west-2", List.of(
                    new InventoryEntry(PREFIX + "Retired00001", "retired-show", "ACTIVE", "old-bucket", Map.of())),
                    null, null);
            store.completed("111122223333", "us-west-2");
            store.finishRefresh();
        }
    }

    @AfterEach
    void stop() {
        Fx.run(organization::cancel);
        inventory.close();
        portal.close();
        gateway.close();
        rig.close();
    }

    @Test
    void theInventoryIsShownAtStartBeforeAnyCallReturnsThenRefreshedWithWhatChangedMarked(FxRobot robot) {
        TableView<OrgRow> table = robot.lookup("#accountsTable").query();
        AtomicReference<String> whenShown = new AtomicReference<>();
        Fx.run(() -> {
            // What had happened when the stored rows reached the table, seen on the UI thread at that moment.
            table.getItems().addListener((ListChangeListener<OrgRow>) change -> whenShown.compareAndSet(null,
                    "statuses " + organization.statuses().size() + ", rows " + table.getItems().size()));
            browse.showAllAccountsInventory();
            organization.refreshOnceSignedIn();
        });
        Fx.await(() -> whenShown.get() != null);
        assertThat(whenShown.get()).as("the stored row, before the portal answered anything").isEqualTo("statuses 0, rows 1");
        Label age = robot.lookup("#inventoryAge").query();
        assertThat(Fx.call(age::getText)).startsWith("Inventory of ").contains(" ago");
        assertThat(Fx.call(() -> age.isVisible() && table.isVisible())).isTrue();
        Fx.await(() -> organization.runningProperty().get() || !organization.statuses().isEmpty());

        ListView<AccountRegionStatus> statuses = robot.lookup("#accountStatusList").query();
        Fx.await(() -> !organization.runningProperty().get() && statuses.getItems().size() == 4
                && table.getItems().size() > 1);
        Fx.await(() -> table.getItems().stream().anyMatch(r -> r.mark().equals("gone")));
        assertThat(Fx.call(() -> List.copyOf(table.getItems()))).extracting(OrgRow::name, OrgRow::mark)
                .contains(tuple("retired-show", "gone"))
                .filteredOn(t -> !t.toList().get(0).equals("retired-show"))
                .allSatisfy(t -> assertThat(t.toList().get(1)).isEqualTo("new"));
    }

    @Test
    void allAccountsBesideAllRegionsListsEveryAccountRegionWithAStatusRowEach(FxRobot robot) {
        robot.clickOn("#allAccounts");
        ListView<AccountRegionStatus> statuses = robot.lookup("#accountStatusList").query();
        Fx.await(() -> statuses.getItems().size() == 4 && statuses.getItems().stream().allMatch(AccountRegionStatus::finished));
        robot.clickOn("#allRegions");
        Fx.await(() -> statuses.getItems().size() == 20
                && statuses.getItems().stream().allMatch(AccountRegionStatus::finished));
        Label summary = robot.lookup("#summary").query();
        Fx.await(() -> summary.getText().contains("20 account-regions: 15 listed, 5 denied, 0 failed"));
        assertThat(Fx.call(() -> robot.lookup("#table").query().isVisible())).as("the one account's table").isFalse();
        List<String> rows = Fx.call(() -> statuses.getItems().stream().map(organization::describe).toList());
        assertThat(rows).anySatisfy(text -> assertThat(text)
                .startsWith("Security audit (999900001111) · ap-south-1 · ReadOnlyAccess: denied: "));
        assertThat(rig.endpoint().organizationTraffic().orElseThrow().overruns()).isEmpty();
    }

    @Test
    void cancelKeepsWhatWasListed(FxRobot robot) {
        TableView<OrgRow> table = robot.lookup("#accountsTable").query();
        javafx.scene.control.Button cancel = robot.lookup("#cancelButton").query();
        AtomicReference<String> whenCancelled = new AtomicReference<>();
        Fx.run(() -> {
            browse.allRegionsProperty().set(true);
            // Cancel as the first listed page arrives, as a person pressing the button would: the button's own action.
            table.getItems().addListener((ListChangeListener<OrgRow>) change -> {
                if (!table.getItems().isEmpty() && whenCancelled.get() == null) {
                    whenCancelled.set("button enabled " + !cancel.isDisabled());
                    cancel.fire();
                }
            });
        });
        robot.clickOn("#allAccounts");
        Fx.await(() -> whenCancelled.get() != null && !organization.runningProperty().get());
        assertThat(whenCancelled.get()).isEqualTo("button enabled true");
        int kept = Fx.call(() -> table.getItems().size());
        assertThat(kept).isPositive();
        assertThat(Fx.call(() -> organization.statuses().stream().anyMatch(s -> !s.finished()
                || s.state() == AccountRegionStatus.State.CANCELLED))).isTrue();
        assertThat(Fx.call(() -> table.getItems().size())).as("nothing listed is taken away").isGreaterThanOrEqualTo(kept);
    }
}
