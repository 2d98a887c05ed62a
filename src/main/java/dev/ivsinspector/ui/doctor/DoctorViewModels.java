package dev.ivsinspector.ui.doctor;

import dev.ivsinspector.model.doctor.DoctorService;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** The Doctor tab's two view-models, both following the configuration the inspector shows. */
public record DoctorViewModels(DoctorViewModel doctor, RecreateViewModel recreate) {

    /** @param shown the configuration the inspector shows */
    public static DoctorViewModels of(ObservableValue<RecordingConfiguration> shown, DoctorService service,
            TaskExecutor executor, DesktopServices desktop, ResourceBundle text) {
        return new DoctorViewModels(new DoctorViewModel(shown, service, executor, text),
                new RecreateViewModel(shown, desktop, text));
    }

    /** For an inspector shown without a connection to AWS (a view on its own): the tab says so. */
    public static DoctorViewModels notConnected(ObservableValue<RecordingConfiguration> shown, ResourceBundle text) {
        DoctorService none = config -> {
            throw new IllegalStateException(text.getString("doctor.notConnected"));
        };
        return of(shown, none, new FxTaskExecutor(),
                new DesktopServices(copied -> { }, url -> { }, (title, name) -> Optional.empty()), text);
    }
}
