package dev.ivsinspector.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ivsinspector.aws.org.AccountDirectory;
import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.aws.org.Backoff;
import dev.ivsinspector.aws.org.PacedPortal;
import dev.ivsinspector.aws.org.SdkConfigAggregators;
import dev.ivsinspector.aws.org.SsoPortal;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.testing.DemoOrganizationRig;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.store.InventoryEntry;
import dev.ivsinspector.store.InventoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real All accounts view over real HTTP against the demo organization: a status row per account-region. */
@ExtendWith(ApplicationExtension.class)
class AllAccountsViewTest {

    private static final List<String> REGIONS = List.of("us-west-2", "us-east-1", "eu-central-1", "ap-south-1",
            "ap-northeast-1");
    private static final SampleOrganization ORGANIZATION = SampleOrganization.standard().withLimits(
            SampleOrganization.Limits.DEMO.withThrottledShare(0.1).withLatency(Duration.ofMillis(10)));
    private DemoOrganizationRig rig;
    private SsoPortal portal;
    private AllAccountsViewModel vm;
    private Path inventoryFile;
    private Inventory inventory;

    @Start
    void start(Stage stage) throws Exception {
        inventoryFile = Files.createTempDirectory("inventory").resolve(InventoryStore.FILE_NAME);
        storeEarlierRefreshes(inventoryFile);
        rig = new DemoOrganizationRig(ORGANIZATION).signIn();
        portal = new SsoPortal(rig.portal(), new PacedPortal(10, Backoff.STANDARD));
        inventory = new Inventory(inventoryFile, Clock.systemUTC());
        vm = new AllAccountsViewModel(new AllAccountsViewModel.Services(
                () -> Optional.<AccountDirectory>of(portal), rig::connection, REGIONS,
                ResourceBundle.getBundle("dev.ivsinspector.i18n.messages"), inventory, new SdkConfigAggregators()),
                new FxTaskExecutor());
        stage.setScene(new Scene(AccountPickerWindow.loadAllAccounts(vm)));
        stage.show();
    }

    /** Two refreshes of an earlier run: the second found one configuration gone and one new. */
    private static void storeEarlierRefreshes(Path file) throws Exception {
        String prefix = "arn:aws:ivs:us-west-2:111122223333:recording-configuration/";
        try (InventoryStore store = InventoryStore.open(file, Clock.systemUTC())) {
            store.beginRefresh();
            store.record("111122223333", "Production", "us-west-2", List.of(
                    new InventoryEntry(prefix + "Retired00001", "retired-show", "ACTIVE", "old-bucket", Map.of()),
                    new InventoryEntry(prefix + "Xy7Kq2Lm9PzA", "esports-finals-hd", "ACTIVE", "esports-finals-hd",
                            Map.of())), null, null);
            store.completed("111122223333", "us-west-2");
            store.finishRefresh();
            Thread.sleep(5);
            store.beginRefresh();
            store.record("111122223333", "Production", "us-west-2", List.of(
                    new InventoryEntry(prefix + "Xy7Kq2Lm9PzA", "esports-finals-hd", "ACTIVE", "esports-finals-hd",
                            Map.of()),
                    new InventoryEntry(prefix + "Brandnew0001", "brand-new-show", "CREATING", "new-bucket",
                            Map.of("team", "launch"))), null, null);
            store.completed("111122223333", "us-west-2");
            store.finishRefresh();
        }
    }

    @AfterEach
    void stop() {
        inventory.close();
        portal.close();
        rig.close();
    }

    @Test
    void theStoredInventoryIsShownAtOnceWithItsMarksAndAgeBeforeAnyCall(FxRobot robot) {
        int requestsBefore = rig.endpoint().requestCount();
        Fx.run(vm::showInventory);
        TableView<OrgRow> table = robot.lookup("#table").query();
        Fx.await(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(OrgRow::name, OrgRow::mark).containsExactlyInAnyOrder(
                tuple("retired-show", "gone"), tuple("esports-finals-hd", ""), tuple("brand-new-show", "new"));
        assertThat(robot.lookup("#ageLabel").queryAs(Label.class).getText()).startsWith("Inventory of ").contains(" ago")
                .containsPattern("Inventory of \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC \\(");
        assertThat(rig.endpoint().requestCount()).as("no call was needed to show it").isEqualTo(requestsBefore);

        robot.clickOn("#filterField").write("team=lau");
        Fx.await(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).name()).isEqualTo("brand-new-show");
    }

    @Test
    void listsEveryAccountRegionWithAStatusRowEachAndTheDeniedOneSaysSo(FxRobot robot) {
        long expected = ORGANIZATION.members().stream().filter(m -> !m.deniesIvs(SampleOrganization.READ_ONLY_ROLE))
                .flatMap(m -> m.account().configs().stream()).filter(c -> REGIONS.contains(c.region())).count();
        Fx.run(vm::showInventory);
        TableView<OrgRow> stored = robot.lookup("#table").query();
        Fx.await(() -> stored.getItems().size() == 3);
        robot.clickOn("#startButton");
        ListView<AccountRegionStatus> statuses = robot.lookup("#statusList").query();
        Fx.await(() -> statuses.getItems().size() == 20
                && statuses.getItems().stream().allMatch(AccountRegionStatus::finished));
        Label summary = robot.lookup("#summaryLabel").query();
        // The three stored rows stay: two are not listed again, one is.
        Fx.await(() -> summary.getText().startsWith((expected + 2) + " configurations in 4 accounts"));
        assertThat(summary.getText()).contains("20 account-regions: 15 listed, 5 denied, 0 failed");
        List<String> cells = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .map(cell -> cell.getText() == null ? "" : cell.getText()).toList();
        assertThat(cells).anySatisfy(text -> assertThat(text)
                .startsWith("Production (111122223333) · us-west-2 · ReadOnlyAccess: listed "));
        List<String> shown = Fx.call(() -> statuses.getItems().stream().map(vm::describe).toList());
        assertThat(shown).anySatisfy(text -> assertThat(text)
                .startsWith("Production (111122223333) · us-west-2 · ReadOnlyAccess: listed "));
        assertThat(shown).anySatisfy(text -> assertThat(text)
                .startsWith("Security audit (999900001111) · us-west-2 · ReadOnlyAccess: denied: ")
                .contains("request id"));

        robot.clickOn("#filterField").write("444455556666");
        TableView<OrgRow> table = robot.lookup("#table").query();
        Fx.await(() -> table.getItems().size() == 16);
        assertThat(table.getItems()).allSatisfy(row -> assertThat(row.accountName()).isEqualTo("Staging"));
        assertThat(rig.endpoint().organizationTraffic().orElseThrow().overruns()).isEmpty();
    }
}
