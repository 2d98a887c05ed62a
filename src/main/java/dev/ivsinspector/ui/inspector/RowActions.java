package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.ConsoleLinks;
import dev.ivsinspector.model.JsonPaths;
import dev.ivsinspector.model.JsonText;
import dev.ivsinspector.model.NodeKind;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.model.SdkJson;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * What the tree's context menu and shortcuts do: copy a value, a JSON path or the ARN, open the configuration
 * or its bucket in the AWS console. Each says what it did in {@link #feedbackProperty()}.
 */
public final class RowActions {

    private final ReadOnlyObjectProperty<RecordingConfiguration> shown;
    private final ObservableValue<PropertyNode> selected;
    private final DesktopServices desktop;
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper("");

    public RowActions(ReadOnlyObjectProperty<RecordingConfiguration> shown, ObservableValue<PropertyNode> selected,
                      DesktopServices desktop) {
        this.shown = shown;
        this.selected = selected;
        this.desktop = desktop;
    }

    /**
     * A leaf's value as it is (no quotes); a structure, list or map as its JSON, so what lands on the
     * clipboard can be pasted into a file or a CLI call.
     */
    public void copySelectedValue() {
        PropertyNode node = selected.getValue();
        if (node == null || shown.get() == null) {
            return;
        }
        if (!node.set()) {
            copy("", Messages.format("rows.notSet", node.name()));
            return;
        }
        String text = node.kind() == NodeKind.SCALAR || node.kind() == NodeKind.ENUM ? node.value()
                : JsonText.pretty(JsonPaths.find(SdkJson.of(response()), node.path()));
        copy(text, Messages.format("rows.copiedValue", node.path()));
    }

    public void copySelectedPath() {
        PropertyNode node = selected.getValue();
        if (node != null) {
            copy(node.path(), Messages.format("rows.copiedPath", node.path()));
        }
    }

    public void copyArn() {
        if (shown.get() != null) {
            copy(shown.get().arn(), Messages.text("rows.copiedArn"));
        }
    }

    public void openInConsole() {
        if (shown.get() != null) {
            String url = ConsoleLinks.recordingConfiguration(shown.get().arn());
            desktop.browser().accept(url);
            feedback.set(Messages.format("rows.opened", url));
        }
    }

    public void openBucket() {
        String bucket = bucketName();
        if (bucket != null) {
            String url = ConsoleLinks.bucket(bucket, shown.get().arn().split(":")[3]);
            desktop.browser().accept(url);
            feedback.set(Messages.format("rows.opened", url));
        }
    }

    public BooleanBinding configurationShownProperty() {
        return shown.isNotNull();
    }

    public BooleanBinding bucketKnownProperty() {
        return Bindings.createBooleanBinding(() -> bucketName() != null, shown);
    }

    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    private String bucketName() {
        RecordingConfiguration configuration = shown.get();
        if (configuration == null || configuration.destinationConfiguration() == null
                || configuration.destinationConfiguration().s3() == null) {
            return null;
        }
        return configuration.destinationConfiguration().s3().bucketName();
    }

    private GetRecordingConfigurationResponse response() {
        return GetRecordingConfigurationResponse.builder().recordingConfiguration(shown.get()).build();
    }

    private void copy(String text, String message) {
        if (!text.isEmpty()) {
            desktop.clipboard().accept(text);
        }
        feedback.set(message);
    }
}
