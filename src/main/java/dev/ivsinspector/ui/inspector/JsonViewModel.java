package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.JsonText;
import dev.ivsinspector.model.SdkJson;
import dev.ivsinspector.store.AtomicFiles;
import dev.ivsinspector.ui.common.DesktopServices;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * The "JSON" tab: the configuration shown, printed as {@code aws ivs get-recording-configuration} prints it,
 * with Copy and Export. Export writes atomically, so a failed save never leaves a half-written file.
 */
public final class JsonViewModel {

    private final DesktopServices desktop;
    private final ReadOnlyStringWrapper json = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private String suggestedName = "recording-configuration.json";

    public JsonViewModel(ObservableValue<RecordingConfiguration> shown, DesktopServices desktop) {
        this.desktop = desktop;
        shown.addListener((obs, old, configuration) -> show(configuration));
        show(shown.getValue());
    }

    private void show(RecordingConfiguration configuration) {
        message.set("");
        if (configuration == null) {
            json.set("");
            return;
        }
        json.set(JsonText.pretty(SdkJson.of(
                GetRecordingConfigurationResponse.builder().recordingConfiguration(configuration).build())));
        String id = configuration.arn() == null ? "recording-configuration"
                : configuration.arn().substring(configuration.arn().lastIndexOf('/') + 1);
        suggestedName = (configuration.name() == null || configuration.name().isEmpty() ? id : configuration.name() + "-" + id)
                + ".json";
    }

    public void copy() {
        if (!json.get().isEmpty()) {
            desktop.clipboard().accept(json.get());
            message.set("JSON copied to the clipboard.");
        }
    }

    public void export() {
        if (json.get().isEmpty()) {
            return;
        }
        Optional<Path> target = desktop.saveDialog().choose("Export JSON", suggestedName);
        if (target.isEmpty()) {
            return;
        }
        try {
            AtomicFiles.writeString(target.get(), json.get() + "\n");
            message.set("Saved " + target.get());
        } catch (IOException | RuntimeException e) {
            message.set("Could not save " + target.get() + ": " + e.getMessage());
        }
    }

    public ReadOnlyStringProperty jsonProperty() {
        return json.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
