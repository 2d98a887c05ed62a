package dev.ivsinspector.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.org.AccountDirectory;
import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.aws.org.Backoff;
import dev.ivsinspector.aws.org.PacedPortal;
import dev.ivsinspector.aws.org.SsoPortal;
import dev.ivsinspector.demo.SampleOrganization;
import dev.ivsinspector.testing.DemoOrganizationRig;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import java.time.Duration;
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

    @Start
    void start(Stage stage) {
        rig = new DemoOrganizationRig(ORGANIZATION).signIn();
        portal = new SsoPortal(rig.portal(), new PacedPortal(10, Backoff.STANDARD));
        vm = new AllAccountsViewModel(new AllAccountsViewModel.Services(
                () -> Optional.<AccountDirectory>of(portal), rig::connection, REGIONS,
                ResourceBundle.getBundle("dev.ivsinspector.i18n.messages")), new FxTaskExecutor());
        stage.setScene(new Scene(AccountPickerWindow.loadAllAccounts(vm)));
        stage.show();
    }

    @AfterEach
    void stop() {
        portal.close();
        rig.close();
    }

    @Test
    void listsEveryAccountRegionWithAStatusRowEachAndTheDeniedOneSaysSo(FxRobot robot) {
        long expected = ORGANIZATION.members().stream().filter(m -> !m.deniesIvs(SampleOrganization.READ_ONLY_ROLE))
                .flatMap(m -> m.account().configs().stream()).filter(c -> REGIONS.contains(c.region())).count();
        robot.clickOn("#startButton");
        ListView<AccountRegionStatus> statuses = robot.lookup("#statusList").query();
        Fx.await(() -> statuses.getItems().size() == 20
                && statuses.getItems().stream().allMatch(AccountRegionStatus::finished));
        Label summary = robot.lookup("#summaryLabel").query();
        Fx.await(() -> summary.getText().startsWith(expected + " configurations in 4 accounts"));
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
