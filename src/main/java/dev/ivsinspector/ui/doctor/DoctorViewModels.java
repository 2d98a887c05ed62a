package dev.ivsinspector.ui.doctor;

import dev.ivsinspector.model.doctor.DoctorService;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.common.TaskExecutor;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.util.Optional;
import java.util.ResourceBundle;

/** The Doctor tab's two view-models, both following the configuration the inspector shows. */
public record DoctorViewModels(DoctorViewModel doctor, RecreateViewModel recreate) {

    public static DoctorViewModels of(InspectorViewModel inspector, DoctorService service, TaskExecutor executor,
            DesktopServices desktop, ResourceBundle text) {
        return new DoctorViewModels(
                new DoctorViewModel(inspector.shownConfigurationProperty(), service, executor, text),
                new RecreateViewModel(inspector.shownConfigurationProperty(), desktop, text));
    }

    /** For an inspector shown without a connection to AWS (a view on its own): the tab says so. */
    public static DoctorViewModels notConnected(InspectorViewModel inspector, ResourceBundle text) {
        DoctorService none = config -> {
            throw new IllegalStateException(text.getString("doctor.notConnected"));
        };
        return of(inspector, none, new FxTaskExecutor(),
                new DesktopServices(copied -> { }, url -> { }, (title, name) -> Optional.empty()), text);
    }
}
