package dev.ivsinspector.ui.common;

import dev.ivsinspector.ui.browse.ConfigRow;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Empty rows without cells look like the table's own empty rows, in both of the app's themes. */
@ExtendWith(ApplicationExtension.class)
class FillerFreeTableRowTest {

    @Start
    void start(Stage stage) {
        // Nothing shown: each table is drawn in a scene of its own, where nothing has the focus.
    }

    @AfterEach
    void backToModena(FxRobot robot) {
        // The user-agent stylesheet is global: later UI tests expect JavaFX's default.
        robot.interact(() -> Application.setUserAgentStylesheet(null));
    }

    @Test
    void threeRowsInATallTableLookTheSameAsWithTheDefaultRows_light(FxRobot robot) {
        looksTheSame(robot, new PrimerLight());
    }

    @Test
    void threeRowsInATallTableLookTheSameAsWithTheDefaultRows_dark(FxRobot robot) {
        looksTheSame(robot, new PrimerDark());
    }

    private void looksTheSame(FxRobot robot, Theme theme) {
        robot.interact(() -> Application.setUserAgentStylesheet(theme.getUserAgentStylesheet()));
        robot.interact(() -> {
            TableView<ConfigRow> plain = table(TableRow::new, rows(3));
            TableView<ConfigRow> fillerFree = table(FillerFreeTableRow::new, rows(3));

            Image expected = new Scene(plain, 640, 420).snapshot(null);
            Image actual = new Scene(fillerFree, 640, 420).snapshot(null);

            // The default rows make a cell per column for every empty row on screen; these only for the three rows.
            assertThat(cellCount(plain)).isGreaterThan(10 * 4);
            assertThat(cellCount(fillerFree)).isEqualTo(3 * 4);
            assertThat(differingPixels(expected, actual)).isZero();
        });
    }

    @Test
    void aRowGetsItsCellsWhenItIsGivenAnItem_andKeepsThemWhenEmptiedAgain(FxRobot robot) {
        robot.interact(() -> {
            TableView<ConfigRow> table = table(FillerFreeTableRow::new, rows(2));
            Scene scene = new Scene(table, 640, 420);
            scene.snapshot(null);
            assertThat(cellCount(table)).isEqualTo(2 * 4);

            table.getItems().setAll(rows(5));
            scene.snapshot(null);
            List<TableRow<?>> shown = table.lookupAll(".table-row-cell").stream()
                    .<TableRow<?>>map(node -> (TableRow<?>) node).filter(row -> !row.isEmpty()).toList();
            assertThat(shown).hasSize(5).allSatisfy(row -> assertThat(row.lookupAll(".table-cell")).hasSize(4));
            assertThat(table.lookupAll(".table-cell").stream().map(node -> ((TableCell<?, ?>) node).getText()))
                    .contains("config-0", "config-4", "bucket-4", "ACTIVE");
            int cellsWithFiveRows = cellCount(table);

            table.getItems().setAll(rows(1));
            scene.snapshot(null);
            assertThat(cellCount(table)).isGreaterThanOrEqualTo(cellsWithFiveRows);
            assertThat(table.lookupAll(".table-cell").stream().map(node -> ((TableCell<?, ?>) node).getText()))
                    .containsOnlyOnce("config-0").doesNotContain("config-4");
        });
    }

    private static TableView<ConfigRow> table(Supplier<TableRow<ConfigRow>> rowType, List<ConfigRow> items) {
        TableView<ConfigRow> table = new TableView<>();
        table.getColumns().add(column("Name", 170, ConfigRow::name));
        table.getColumns().add(column("State", 100, ConfigRow::state));
        table.getColumns().add(column("Bucket", 190, ConfigRow::bucket));
        table.getColumns().add(column("ARN", 400, ConfigRow::arn));
        table.setFixedCellSize(26);
        table.setRowFactory(t -> rowType.get());
        table.getItems().setAll(items);
        return table;
    }

    private static TableColumn<ConfigRow, String> column(String title, double width,
                                                         java.util.function.Function<ConfigRow, String> value) {
        TableColumn<ConfigRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static int cellCount(TableView<?> table) {
        return table.lookupAll(".table-cell").size();
    }

    private static long differingPixels(Image expected, Image actual) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        PixelReader a = expected.getPixelReader();
        PixelReader b = actual.getPixelReader();
        long differing = 0;
        for (int y = 0; y < (int) expected.getHeight(); y++) {
            for (int x = 0; x < (int) expected.getWidth(); x++) {
                if (a.getArgb(x, y) != b.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static List<ConfigRow> rows(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new ConfigRow("us-west-2", "arn:aws:ivs:us-west-2:123456789012:recording-configuration/r" + i,
                        "config-" + i, "ACTIVE", "bucket-" + i, Map.of(), "config-" + i))
                .toList();
    }
}
