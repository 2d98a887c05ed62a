package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.ui.browse.ConfigRow;
import dev.ivsinspector.ui.inspector.ChannelRow;
import dev.ivsinspector.testing.MainWindowBuilder;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole main window in the demo account: real FXML, real SDK client, real HTTP to the demo endpoint. */
@ExtendWith(ApplicationExtension.class)
class DemoWindowViewTest {

    private static final String RICH = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";

    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        endpoint = DemoEndpoint.start();
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        window = MainWindowBuilder.mainWindow(gateway).demo(endpoint.uri()).sampleArns(endpoint.account().sampleArns()).build(stage);
        window.inspector().arnTextProperty().set(endpoint.account().sampleArns().get(0));
        stage.setScene(new Scene(window.root(), 1440, 880));
        stage.show();
        window.browse().refresh();
    }

    @AfterEach
    void stop() {
        gateway.close();
        endpoint.close();
    }

    @Test
    void theDemoBannerIsShownAndOneEnterShowsAFullConfiguration(FxRobot robot) {
        assertThat(robot.lookup("#demoBanner").queryAs(Label.class).getText()).startsWith("Demo account: sample data");

        robot.clickOn("#arnEditor").type(KeyCode.END).type(KeyCode.ENTER);
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        waitUntil(() -> !tree.getRoot().getChildren().isEmpty());

        PropertyNode config = tree.getRoot().getChildren().get(0).getValue();
        assertThat(config.find("recordingConfiguration.destinationConfiguration.s3.bucketName").value())
                .isEqualTo("prod.live-recordings.us-west-2");
        assertThat(visibleRows(tree.getRoot())).isGreaterThan(25);
        // The tab's title counts the channels as soon as they are listed; its table joins the window when opened.
        TabPane tabs = robot.lookup("#tabs").query();
        waitUntil(() -> "Used by channels (2)".equals(tabs.getTabs().get(1).getText()));
        robot.clickOn("Used by channels (2)");
        TableView<ChannelRow> channels = robot.lookup("#channelsTable").query();
        assertThat(channels.getItems()).hasSize(2);
        assertThat(channels.isVisible()).isTrue();
    }

    @Test
    void theJsonTabShowsTheResponseOnceOpenedAndFollowsTheNextFetch(FxRobot robot) {
        robot.clickOn("#arnEditor").type(KeyCode.END).type(KeyCode.ENTER);
        waitUntil(() -> !window.inspector().json().jsonProperty().get().isEmpty());

        robot.clickOn("JSON");
        TextFlow flow = robot.lookup(".json").queryAs(TextFlow.class);
        assertThat(flowText(flow)).isEqualTo(window.inspector().json().jsonProperty().get()).contains("AbCdEf123456");

        String other = endpoint.account().sampleArns().get(1);
        robot.interact(() -> window.inspector().open(other));
        waitUntil(() -> flowText(flow).contains(other.substring(other.lastIndexOf('/') + 1)));
        assertThat(flowText(flow)).isEqualTo(window.inspector().json().jsonProperty().get());
    }

    @Test
    void aSortedTableKeepsItsOrderAndTheSelectedRowWhileTheRowsChange(FxRobot robot) {
        TableView<ConfigRow> table = robot.lookup("#table").query();
        waitUntil(() -> table.getItems().size() >= 4);
        robot.clickOn("Name");   // sort by name, ascending
        waitUntil(() -> !table.getSortOrder().isEmpty());
        assertThat(table.getItems()).extracting(ConfigRow::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        ConfigRow chosen = table.getItems().get(table.getItems().size() - 1);
        robot.clickOn(chosen.name());
        robot.clickOn("#filterField").write(chosen.name().substring(0, Math.min(3, chosen.name().length())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).contains(chosen).extracting(ConfigRow::name)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(chosen);
    }

    @Test
    void allRegionsShowsAStatusRowPerRegion(FxRobot robot) {
        assertThat(robot.lookup("#regionStatusList").tryQuery()).as("hidden, and not in the window, at first").isEmpty();

        robot.clickOn("All regions");

        waitUntil(() -> robot.lookup("#regionStatusList").tryQuery().isPresent());
        ListView<?> statuses = robot.lookup("#regionStatusList").queryAs(ListView.class);
        waitUntil(() -> statuses.getItems().size() == window.browse().regions().size());
        assertThat(statuses.isVisible()).isTrue();
        TableView<ConfigRow> table = robot.lookup("#table").query();
        // Read on the FX thread: pages keep arriving while the test waits.
        waitUntil(() -> WaitForAsyncUtils.asyncFx(
                () -> table.getItems().stream().map(ConfigRow::region).distinct().count()).get() >= 4);
        // Rows made before the region column appeared, and rows that got their cells after, all show it. Read on
        // the FX thread: while pages arrive a row being emptied has lost its item but is not empty yet.
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-row-cell").stream()
                .map(node -> (TableRow<?>) node)
                .filter(row -> !row.isEmpty() && row.isVisible())
                .allMatch(row -> row.lookupAll(".table-cell").stream()
                        .anyMatch(cell -> ((ConfigRow) row.getItem()).region()
                                .equals(((TableCell<?, ?>) cell).getText())))).get());
    }

    private static String flowText(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        flow.getChildren().forEach(node -> text.append(((Text) node).getText()));
        return text.toString();
    }

    @Test
    void filteringTheBrowseTableAndPressingEnterOpensTheConfiguration(FxRobot robot) {
        TableView<ConfigRow> table = robot.lookup("#table").query();
        waitUntil(() -> table.getItems().size() >= 4);
        int before = table.getItems().size();

        robot.clickOn("#filterField").write("esports");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(before).isGreaterThan(1);
        String arn = table.getItems().get(0).arn();

        robot.clickOn(table.getItems().get(0).name()).type(KeyCode.ENTER);

        TextField editor = robot.lookup("#arnEditor").queryAs(TextField.class);
        assertThat(editor.getText()).isEqualTo(arn);
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        waitUntil(() -> !tree.getRoot().getChildren().isEmpty()
                && arn.equals(tree.getRoot().getChildren().get(0).getValue().find("recordingConfiguration.arn").value()));
    }

    private static int visibleRows(TreeItem<PropertyNode> item) {
        int count = 0;
        for (TreeItem<PropertyNode> child : item.getChildren()) {
            count += 1 + visibleRows(child);
        }
        return count;
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            // Read on the FX thread: the table's items and its reused rows change there while the listing runs.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.call(condition));
        } catch (Exception e) {
            throw new AssertionError("UI did not reach the expected state in 10 s", e);
        }
    }
}
