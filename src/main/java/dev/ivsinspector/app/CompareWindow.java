package dev.ivsinspector.app;

import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.ui.common.FxmlViews;
import dev.ivsinspector.ui.common.ScreenRoom;
import dev.ivsinspector.ui.common.TaskExecutor;
import dev.ivsinspector.ui.compare.CompareView;
import dev.ivsinspector.ui.compare.CompareViewModel;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import dev.ivsinspector.ui.common.Messages;

/** Opens the comparison in a window of its own, beside the main one, so both stay usable. */
final class CompareWindow {

    private CompareWindow() {
    }

    /**
     * @param left    ARN for the left side (usually the configuration shown), or null
     * @param right   ARN for the right side, or null
     * @param choices ARNs offered in both drop-downs
     * @param labels  how an ARN reads in the drop-downs
     */
    static CompareViewModel open(Window owner, IvsGateway gateway, TaskExecutor executor, String left, String right,
                                 ObservableList<String> choices, Function<String, String> labels) {
        CompareViewModel viewModel = new CompareViewModel(gateway, executor, choices);
        viewModel.leftArnProperty().set(left == null ? "" : left);
        viewModel.rightArnProperty().set(right == null ? "" : right);
        Parent root = FxmlViews.load(CompareView.class, "CompareView.fxml", Messages.bundle(),
                new CompareView(viewModel, labels));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.text("compare.title"));
        stage.setScene(new Scene(root, 1100, 720));
        ScreenRoom.fit(stage, owner);
        stage.show();
        if (left != null && right != null) {
            viewModel.compare();
        }
        return viewModel;
    }
}
