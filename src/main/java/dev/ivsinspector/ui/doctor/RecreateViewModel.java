package dev.ivsinspector.ui.doctor;

import dev.ivsinspector.model.recreate.Recipe;
import dev.ivsinspector.model.recreate.RecreateFormat;
import dev.ivsinspector.store.AtomicFiles;
import dev.ivsinspector.ui.common.DesktopServices;
import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * "Recreate as…": the configuration shown as a CLI command, CloudFormation or Terraform, optionally with another
 * bucket (IVS cannot change a configuration, so a fix means a new one). Copy and save, as the JSON tab does.
 */
public final class RecreateViewModel {
    /** S3's rules for bucket names, as far as they can be checked without asking S3. */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    private final ObservableValue<RecordingConfiguration> shown;
    private final DesktopServices desktop;
    private final ResourceBundle text;
    private final ObjectProperty<RecreateFormat> format = new SimpleObjectProperty<>(RecreateFormat.CLI);
    private final StringProperty bucket = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper bucketProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringBinding output;

    public RecreateViewModel(ObservableValue<RecordingConfiguration> shown, DesktopServices desktop, ResourceBundle text) {
        this.shown = shown;
        this.desktop = desktop;
        this.text = text;
        bucket.addListener((obs, was, now) -> bucketProblem.set(problemWith(now)));
        output = Bindings.createStringBinding(this::render, shown, format, bucket);
    }

    private String render() {
        RecordingConfiguration config = shown.getValue();
        if (config == null) {
            return "";
        }
        Recipe recipe = Recipe.of(config);
        String fix = bucket.get().strip();
        if (!fix.isEmpty() && problemWith(fix).isEmpty()) {
            recipe = recipe.withBucket(fix);
        }
        return format.get().render(recipe);
    }

    private String problemWith(String name) {
        String s = name == null ? "" : name.strip();
        if (s.isEmpty() || BUCKET.matcher(s).matches() && !s.contains("..")) {
            return "";
        }
        return MessageFormat.format(text.getString("recreate.bucketProblem").replace("'", "''"), s);
    }

    public void copy() {
        if (!output.get().isEmpty()) {
            desktop.clipboard().accept(output.get());
            message.set(text.getString("recreate.copied"));
        }
    }

    public void save() {
        if (output.get().isEmpty()) {
            return;
        }
        Optional<Path> target = desktop.saveDialog().choose(text.getString("recreate.saveTitle"), suggestedName());
        if (target.isEmpty()) {
            return;
        }
        try {
            AtomicFiles.writeString(target.get(), output.get());
            message.set(MessageFormat.format(text.getString("recreate.saved"), target.get()));
        } catch (IOException | RuntimeException e) {
            message.set(MessageFormat.format(text.getString("recreate.saveFailed"), target.get(), e.getMessage()));
        }
    }

    String suggestedName() {
        RecordingConfiguration c = shown.getValue();
        String id = c.arn().substring(c.arn().lastIndexOf('/') + 1);
        String base = c.name() == null || c.name().isEmpty() ? id : c.name();
        return base + "-recreate." + format.get().extension();
    }

    public ObjectProperty<RecreateFormat> formatProperty() {
        return format;
    }

    /** A bucket to use instead of the configuration's (empty: keep it). */
    public StringProperty bucketProperty() {
        return bucket;
    }

    public ReadOnlyStringProperty bucketProblemProperty() {
        return bucketProblem.getReadOnlyProperty();
    }

    public StringBinding outputProperty() {
        return output;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
