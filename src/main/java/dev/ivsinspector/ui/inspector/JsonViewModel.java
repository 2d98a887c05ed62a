package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.JsonText;
import dev.ivsinspector.model.SdkJson;
import dev.ivsinspector.store.AtomicFiles;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * The "JSON" tab: the configuration shown, printed as {@code aws ivs get-recording-configuration} prints it,
 * with Copy and Export. Export writes in the background and atomically, so a failed save never leaves a
 * half-written file.
 */
public final class JsonViewModel {

    private final DesktopServices desktop;
    private final TaskExecutor executor;
    private final ObservableValue<RecordingConfiguration> shown;
    /** Printed when first read after a change (JSON tab showing, Copy, Export): most fetches never need it. */
    private final StringBinding json;
    private final BooleanBinding available;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public JsonViewModel(ObservableValue<RecordingConfiguration> shown, DesktopServices desktop, TaskExecutor executor) {
        this.desktop = desktop;
        this.executor = executor;
        this.shown = shown;
        this.json = Bindings.createStringBinding(() -> print(shown.getValue()), shown);
        this.available = Bindings.createBooleanBinding(() -> shown.getValue() != null, shown);
        shown.addListener((Observable o) -> message.set(""));
    }

    private static String print(RecordingConfiguration configuration) {
        return configuration == null ? "" : JsonText.pretty(SdkJson.of(
                GetRecordingConfigurationResponse.builder().recordingConfiguration(configuration).build()));
    }

    private String suggestedName() {
        RecordingConfiguration configuration = shown.getValue();
        String id = configuration == null || configuration.arn() == null ? "recording-configuration"
                : configuration.arn().substring(configuration.arn().lastIndexOf('/') + 1);
        return (configuration == null || configuration.name() == null || configuration.name().isEmpty()
                ? id : configuration.name() + "-" + id) + ".json";
    }

    public void copy() {
        if (!json.get().isEmpty()) {
            desktop.clipboard().accept(json.get());
            message.set(Messages.text("json.copied"));
        }
    }

    public void export() {
        if (json.get().isEmpty()) {
            return;
        }
        Optional<Path> target = desktop.saveDialog().choose(Messages.text("json.export.title"), suggestedName());
        if (target.isEmpty()) {
            return;
        }
        String text = json.get() + "\n";
        BackgroundTask.wrap(() -> AtomicFiles.writeString(target.get(), text))
                .onSuccess(done -> message.set(Messages.format("json.saved", target.get())))
                .onFailure(e -> message.set(Messages.format("json.saveFailed", target.get(), e.getMessage())))
                .executeWith(executor);
    }

    /** The JSON text, "" when nothing is shown. Lazy: listen for invalidation, read it when it is needed. */
    public StringBinding jsonProperty() {
        return json;
    }

    /** True while a configuration is shown, so there is JSON to copy or export (without printing it). */
    public BooleanBinding availableProperty() {
        return available;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
