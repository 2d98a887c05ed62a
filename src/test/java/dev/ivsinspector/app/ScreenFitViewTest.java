package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.aws.SdkRecordingsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.testing.MainWindowBuilder;
import dev.ivsinspector.testing.PseudoLocale;
import dev.ivsinspector.testing.ScreenSizes;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.common.Messages;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at common laptop sizes (1280×720 and 1366×768 logical pixels) with the widest configuration
 * of the demo account (63-character bucket, the longest enum values, ten long tags), over real HTTP: every
 * value under 64 characters reads whole, nothing ends outside the window and every tab fits its row; also with
 * every text of the app 40 % longer (a pseudo-locale). In the app's own theme, whose sizes are those users see.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenFitViewTest {

    private Stage stage;
    private DemoEndpoint endpoint;
    private SdkIvsGateway gateway;
    private SdkRecordingsGateway recordings;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        endpoint = DemoEndpoint.start();
        gateway = new SdkIvsGateway(ConnectionSettings.demo(endpoint.uri()));
        recordings = new SdkRecordingsGateway(() -> ConnectionSettings.demo(endpoint.uri()));
    }

    @AfterEach
    void stop() {
        Messages.install(null);
        if (window != null) {
            Platform.runLater(window.themes()::remove);
        }
        recordings.close();
        gateway.close();
        endpoint.close();
    }

    @Test
    @Tag(ScreenSizes.HD)
    void at1280x720EveryValueReadsWholeAndNothingIsOutsideTheWindow(FxRobot robot) {
        TreeTableView<PropertyNode> tree = showWidest(robot, 1280, 720);

        assertThat(ScreenFit.cutTreeCells(tree)).isEmpty();
        assertThat(clipped(robot)).isEmpty();
    }

    @Test
    @Tag(ScreenSizes.WXGA)
    void at1366x768EveryValueReadsWholeAndNothingIsOutsideTheWindow(FxRobot robot) {
        TreeTableView<PropertyNode> tree = showWidest(robot, 1366, 768);

        assertThat(ScreenFit.cutTreeCells(tree)).isEmpty();
        assertThat(clipped(robot)).isEmpty();
    }

    @Test
    @Tag(ScreenSizes.WXGA)
    void withTextsFortyPercentLongerNothingIsCutAt1366x768(FxRobot robot) {
        Messages.install(new PseudoLocale(ResourceBundle.getBundle(Messages.BASE_NAME)));
        TreeTableView<PropertyNode> tree = showWidest(robot, 1366, 768);

        assertThat(ScreenFit.cutTreeCells(tree)).isEmpty();
        assertThat(clipped(robot)).isEmpty();
    }

    @Test
    @Tag(ScreenSizes.HD)
    void withTextsFortyPercentLongerNothingIsCutAt1280x720(FxRobot robot) {
        Messages.install(new PseudoLocale(ResourceBundle.getBundle(Messages.BASE_NAME)));
        TreeTableView<PropertyNode> tree = showWidest(robot, 1280, 720);

        assertThat(ScreenFit.cutTreeCells(tree)).isEmpty();
        assertThat(clipped(robot)).isEmpty();
    }

    /** The smallest screen in use: 1600×1000 at 200 % (800×500 logical); the side panes fold, nothing is cut. */
    @Test
    void inAWindowOf800x500NothingEndsOutsideIt_andTheWindowCannotBeMadeNarrowerThanItsContent(FxRobot robot)
            throws Exception {
        showWidest(robot, 800, 500);

        assertThat(clipped(robot)).isEmpty();
        assertThat(window.layout().browseTooNarrowProperty().get()).as("browse pane folded").isTrue();
        assertThat(window.layout().detailsTooNarrowProperty().get()).as("details pane folded").isTrue();
        double contentMinimum = WaitForAsyncUtils.asyncFx(() -> window.root().minWidth(-1)).get(10, TimeUnit.SECONDS);
        assertThat(contentMinimum).as("the content's own minimum width").isLessThanOrEqualTo(WindowPlacement.MIN_WIDTH);
    }

    /** Before any configuration is shown the tree needs little room, but the inspector's own row still does. */
    @Test
    void inAWindowOf800x500WithNoConfigurationYetNothingEndsOutsideIt(FxRobot robot) {
        showEmpty(robot, 800, 500, "eu-west-1");

        assertThat(clipped(robot)).isEmpty();
    }

    /**
     * On a laptop screen before anything is fetched, the browse pane, the inspector with all its tabs and the
     * details pane all fit side by side.
     */
    @Test
    @Tag(ScreenSizes.HD)
    void at1280x720WithNoConfigurationYetEveryPaneAndEveryTabShows(FxRobot robot) {
        showEmpty(robot, 1280, 720, "us-west-2");

        assertThat(window.layout().browseTooNarrowProperty().get()).as("browse pane folded").isFalse();
        assertThat(window.layout().detailsTooNarrowProperty().get()).as("details pane folded").isFalse();
        assertThat(clipped(robot)).isEmpty();
    }

    /** Compare asks for 1100×720: on a 720-pixel-high screen it opens smaller, with room for its title bar. */
    @Test
    @Tag(ScreenSizes.HD)
    void at1280x720CompareOpensInsideTheScreenWithRoomForItsTitleBar(FxRobot robot) throws Exception {
        showEmpty(robot, 1280, 720, "us-west-2");
        robot.interact(() -> CompareWindow.open(stage, gateway, new FxTaskExecutor(), null, null,
                FXCollections.observableArrayList(), arn -> arn));
        Window compare = theOtherWindow();

        assertInsideTheScreenWithRoomForATitleBar(compare);
        assertThat(WaitForAsyncUtils.asyncFx(() -> ScreenFit.clipped(compare.getScene())).get(10, TimeUnit.SECONDS))
                .isEmpty();
        robot.interact(compare::hide);
    }

    /** The keyboard shortcuts list asks for 900×600: on a 720-pixel-high screen its Close button stays in reach. */
    @Test
    @Tag(ScreenSizes.HD)
    void at1280x720TheShortcutsListFitsTheScreen(FxRobot robot) {
        showEmpty(robot, 1280, 720, "us-west-2");
        robot.interact(() -> HelpDialogs.shortcuts(stage).show());
        Window dialog = theOtherWindow();

        assertInsideTheScreenWithRoomForATitleBar(dialog);
        robot.interact(dialog::hide);
    }

    /** The window the test opened besides the main one. */
    private Window theOtherWindow() {
        return Window.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
    }

    /** Headless windows have no frame: 40 pixels above are left for the title bar a desktop adds. */
    private static void assertInsideTheScreenWithRoomForATitleBar(Window window) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(window.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(window.getY() + window.getHeight() + 40).isLessThanOrEqualTo(screen.getMaxY());
        assertThat(window.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(window.getX() + window.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
    }

    /** The window cannot be made smaller than its minimum size: at that size too, nothing is cut. */
    @Test
    void atTheWindowsMinimumSizeNothingEndsOutsideIt(FxRobot robot) {
        showWidest(robot, (int) WindowPlacement.MIN_WIDTH, (int) WindowPlacement.MIN_HEIGHT);

        assertThat(clipped(robot)).isEmpty();
    }

    private java.util.List<String> clipped(FxRobot robot) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> ScreenFit.clipped(stage.getScene())).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The main window as it opens, nothing fetched yet, browsing {@code region}. */
    private void showEmpty(FxRobot robot, int width, int height, String region) {
        robot.interact(() -> {
            window = MainWindowBuilder.mainWindow(gateway).demo(endpoint.uri())
                    .sampleArns(SampleAccount.standardSampleArns()).browseRegion(region).appTheme().build(stage);
            window.attachRecordings(recordings, stage, url -> { });
            stage.setScene(new Scene(window.root(), width, height));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TreeTableView<PropertyNode> showWidest(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            window = MainWindowBuilder.mainWindow(gateway).demo(endpoint.uri())
                    .sampleArns(SampleAccount.standardSampleArns()).browseRegion("eu-west-1").appTheme().build(stage);
            window.attachRecordings(recordings, stage, url -> { });
            stage.setScene(new Scene(window.root(), width, height));
            stage.sizeToScene();
            stage.show();
            window.inspector().open(SampleAccount.WIDEST_ARN);
        });
        TreeTableView<PropertyNode> tree = robot.lookup("#tree").query();
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !tree.getRoot().getChildren().isEmpty());
        } catch (Exception e) {
            throw new AssertionError("the configuration did not show in 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getWidth()).isEqualTo(width);
        if (width >= 1280) {
            // Laptop sizes run on a headless screen of that size (see ScreenSizes): the window fills it, as maximised.
            assertThat(javafx.stage.Screen.getPrimary().getVisualBounds().getWidth()).isEqualTo(width);
        }
        return tree;
    }
}
