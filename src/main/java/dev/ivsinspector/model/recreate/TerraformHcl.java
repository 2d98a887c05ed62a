package dev.ivsinspector.model.recreate;

import dev.ivsinspector.model.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Terraform {@code aws_ivs_recording_configuration} resource. The AWS provider has no arguments for the
 * rendition configuration or for the thumbnail resolution and storage; those are named in comments at the
 * top so nobody loses them without knowing.
 */
final class TerraformHcl {
    private TerraformHcl() {
    }

    static String render(Recipe r) {
        StringBuilder t = new StringBuilder();
        t.append("# Apply with the AWS provider set to region ").append(r.region())
                .append(": the configuration, its channels and the bucket must share one region.\n");
        for (String missing : unsupported(r)) {
            t.append("# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): ")
                    .append(missing).append('\n');
        }
        t.append("resource \"aws_ivs_recording_configuration\" \"recording\" {\n");
        if (r.name() != null) {
            t.append("  name = ").append(string(r.name())).append('\n');
        }
        if (r.reconnectWindowSeconds() != null) {
            t.append("  recording_reconnect_window_seconds = ").append(r.reconnectWindowSeconds()).append('\n');
        }
        t.append(r.name() != null || r.reconnectWindowSeconds() != null ? "\n" : "");
        t.append("  destination_configuration {\n    s3 {\n      bucket_name = ").append(string(r.bucketName()))
                .append("\n    }\n  }\n");
        if (r.thumbnailRecordingMode() != null || r.thumbnailTargetIntervalSeconds() != null) {
            t.append("\n  thumbnail_configuration {\n");
            if (r.thumbnailRecordingMode() != null) {
                t.append("    recording_mode = ").append(string(r.thumbnailRecordingMode())).append('\n');
            }
            if (r.thumbnailTargetIntervalSeconds() != null) {
                t.append("    target_interval_seconds = ").append(r.thumbnailTargetIntervalSeconds()).append('\n');
            }
            t.append("  }\n");
        }
        if (r.tags() != null) {
            t.append("\n  tags = {\n");
            for (Map.Entry<String, String> tag : r.tags().entrySet()) {
                t.append("    ").append(string(tag.getKey())).append(" = ").append(string(tag.getValue())).append('\n');
            }
            t.append("  }\n");
        }
        t.append("}\n");
        return t.toString();
    }

    private static List<String> unsupported(Recipe r) {
        List<String> missing = new ArrayList<>();
        if (r.renditionSelection() != null) {
            missing.add("renditionConfiguration.renditionSelection = " + r.renditionSelection());
        }
        if (r.renditions() != null) {
            missing.add("renditionConfiguration.renditions = " + r.renditions());
        }
        if (r.thumbnailResolution() != null) {
            missing.add("thumbnailConfiguration.resolution = " + r.thumbnailResolution());
        }
        if (r.thumbnailStorage() != null) {
            missing.add("thumbnailConfiguration.storage = " + r.thumbnailStorage());
        }
        return missing;
    }

    /** An HCL string: JSON escapes plus ${ and %{ doubled so they stay literal. */
    private static String string(String s) {
        StringBuilder out = new StringBuilder();
        JsonText.quote(s.replace("${", "$${").replace("%{", "%%{"), out);
        return out.toString();
    }
}
