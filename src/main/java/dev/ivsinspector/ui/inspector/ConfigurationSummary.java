package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.DisplayText;
import dev.ivsinspector.ui.common.Messages;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.RenditionConfiguration;
import software.amazon.awssdk.services.ivs.model.ThumbnailConfiguration;

/** The details pane with no row selected: the configuration in five lines, and where to click for more. */
final class ConfigurationSummary {

    private ConfigurationSummary() {
    }

    static String of(RecordingConfiguration configuration) {
        if (configuration == null) {
            return Messages.text("details.summary.none");
        }
        String region = configuration.arn() == null ? "?" : configuration.arn().split(":")[3];
        String bucket = configuration.destinationConfiguration() == null || configuration.destinationConfiguration().s3() == null
                ? "?" : configuration.destinationConfiguration().s3().bucketName();
        return Messages.format("details.summary.text", configuration.stateAsString(), region, DisplayText.shown(bucket),
                renditions(configuration.renditionConfiguration()), thumbnails(configuration.thumbnailConfiguration()));
    }

    private static String renditions(RenditionConfiguration renditions) {
        String selection = renditions == null || renditions.renditionSelectionAsString() == null
                ? "ALL" : renditions.renditionSelectionAsString();
        return switch (selection) {
            case "ALL" -> Messages.text("details.summary.renditionsAll");
            case "CUSTOM" -> Messages.format("details.summary.renditionsCustom",
                    String.join(", ", renditions.renditionsAsStrings()));
            default -> Messages.format("details.summary.renditionsNone", selection);
        };
    }

    private static String thumbnails(ThumbnailConfiguration thumbnails) {
        if (thumbnails != null && "DISABLED".equals(thumbnails.recordingModeAsString())) {
            return Messages.text("details.summary.thumbsOff");
        }
        Long interval = thumbnails == null || thumbnails.targetIntervalSeconds() == null ? 60L : thumbnails.targetIntervalSeconds();
        String resolution = thumbnails == null || thumbnails.resolutionAsString() == null
                ? Messages.text("details.summary.sourceResolution") : thumbnails.resolutionAsString();
        String storage = thumbnails == null || !thumbnails.hasStorage() ? "SEQUENTIAL" : String.join(", ", thumbnails.storageAsStrings());
        return Messages.format("details.summary.thumbsInterval", interval, resolution, storage);
    }
}
