package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.ui.common.FxmlViews;
import dev.ivsinspector.ui.doctor.DoctorSummaryView;
import dev.ivsinspector.ui.doctor.DoctorView;
import dev.ivsinspector.ui.doctor.DoctorViewModels;
import dev.ivsinspector.ui.doctor.RecreateView;
import dev.ivsinspector.ui.common.LateAttach;
import dev.ivsinspector.ui.common.LayoutState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Tab;

/**
 * Loads InspectorView.fxml with the sub-views it includes (tabs, details pane), each with its own controller.
 * A sub-view added with {@code fx:include} registers how its controller is made in {@link #controllers}. The
 * Doctor tab's view is loaded when the tab is first opened.
 */
public final class InspectorViews {

    private InspectorViews() {
    }

    public static Parent load(InspectorViewModel viewModel, HistoryViewModel history) {
        return load(viewModel, history, ResourceBundle.getBundle("dev.ivsinspector.i18n.messages"));
    }

    public static Parent load(InspectorViewModel viewModel, HistoryViewModel history, ResourceBundle messages) {
        return load(viewModel, history, DoctorViewModels.notConnected(viewModel.shownConfigurationProperty(), messages), messages);
    }

    public static Parent load(InspectorViewModel viewModel, HistoryViewModel history, DoctorViewModels doctor,
            ResourceBundle messages) {
        return load(viewModel, history, doctor, new LayoutState(), messages);
    }

    /** With the recording doctor of the connection in use, and the window's layout (panes, column widths, zoom). */
    public static Parent load(InspectorViewModel viewModel, HistoryViewModel history, DoctorViewModels doctor,
            LayoutState layout, ResourceBundle messages) {
        Map<Class<?>, Supplier<Object>> controllers = controllers(viewModel, history, layout);
        controllers.put(DoctorView.class, () -> new DoctorView(doctor.doctor()));
        controllers.put(DoctorSummaryView.class, () -> new DoctorSummaryView(doctor.doctor()));
        controllers.put(RecreateView.class, () -> new RecreateView(doctor.recreate()));
        FXMLLoader loader = new FXMLLoader(InspectorView.class.getResource("InspectorView.fxml"), messages);
        // Included files inherit this factory: each asks for its own controller class.
        loader.setControllerFactory(type -> {
            Supplier<Object> controller = controllers.get(type);
            if (controller == null) {
                throw new IllegalStateException("No controller registered for " + type.getName());
            }
            return controller.get();
        });
        Parent root = FxmlViews.load(loader);
        Tab doctorTab = (Tab) loader.getNamespace().get("doctorTab");
        LateAttach.buildWhenSelected(doctorTab, () -> {
            FXMLLoader doctorLoader = new FXMLLoader(DoctorView.class.getResource("DoctorView.fxml"), messages);
            doctorLoader.setControllerFactory(loader.getControllerFactory());
            return FxmlViews.<Parent>load(doctorLoader);
        });
        return root;
    }

    private static Map<Class<?>, Supplier<Object>> controllers(InspectorViewModel viewModel, HistoryViewModel history,
                                                               LayoutState layout) {
        Map<Class<?>, Supplier<Object>> controllers = new LinkedHashMap<>();
        controllers.put(InspectorView.class, () -> new InspectorView(viewModel, history, layout));
        controllers.put(DetailsView.class, () -> new DetailsView(viewModel));
        controllers.put(ChannelsTabView.class, () -> new ChannelsTabView(viewModel.channels()));
        controllers.put(JsonTabView.class, () -> new JsonTabView(viewModel.json()));
        return controllers;
    }
}
