package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.ui.browse.ConfigRow;
import dev.ivsinspector.testing.MainWindowBuilder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real browse table filling from an empty state with pages of 100 (see PacedRows). */
@ExtendWith(ApplicationExtension.class)
class BrowseTableFillViewTest {

    private static final String REGION = "eu-central-1";
    private static final int COUNT = 250;

    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        endpoint = DemoEndpoint.start(SampleAccount.standard().withGenerated(REGION, COUNT));
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        window = MainWindowBuilder.mainWindow(gateway).demo(endpoint.uri()).browseRegion(REGION).build(stage);
        stage.setScene(new Scene(window.root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        gateway.close();
        endpoint.close();
    }

    @Test
    void anEmptyTableFillsAFewRowsAPulseThenShowsEveryRowInOrder(FxRobot robot) throws Exception {
        TableView<ConfigRow> table = robot.lookup("#table").query();
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            table.getItems().addListener((ListChangeListener<ConfigRow>) c -> sizes.add(table.getItems().size()));
            window.browse().refresh();
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == COUNT);
        WaitForAsyncUtils.waitForFxEvents();

        // The first rows came one, then a few per pulse, then everything, in the order the view-model shows them.
        assertThat(sizes.get(0)).isEqualTo(1);
        List<Integer> paced = sizes.stream().takeWhile(size -> size < 64).toList(); // 64: PacedRows.SCREENFUL
        assertThat(paced).hasSizeGreaterThan(3);
        for (int i = 1; i < paced.size(); i++) {
            assertThat(paced.get(i) - paced.get(i - 1)).isBetween(1, 8);
        }
        assertThat(sizes).isSorted().endsWith(COUNT);
        assertThat(table.getItems()).containsExactlyElementsOf(window.browse().visibleRows());
        assertThat(table.getItems()).extracting(ConfigRow::region).containsOnly(REGION);
        robot.interact(() -> window.browse().filterTextProperty().set("-0001"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isNotEmpty().containsExactlyElementsOf(window.browse().visibleRows())
                .allMatch(row -> row.searchText().contains("-0001"));
    }
}
