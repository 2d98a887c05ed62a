package dev.ivsinspector.model.recreate;

import dev.ivsinspector.model.JsonText;
import java.util.List;
import java.util.Map;

/**
 * A CloudFormation template with one {@code AWS::IVS::RecordingConfiguration} resource, using the resource type's
 * property names (DestinationConfiguration.S3.BucketName, RenditionConfiguration, ThumbnailConfiguration, Tags
 * as Key/Value pairs). Every member of the API has a property, so nothing is left out.
 */
final class CloudFormationYaml {
    private CloudFormationYaml() {
    }

    static String render(Recipe r) {
        StringBuilder y = new StringBuilder();
        y.append("# Deploy this stack in ").append(r.region())
                .append(": the configuration, its channels and the bucket must share one region.\n");
        y.append("AWSTemplateFormatVersion: '2010-09-09'\n");
        y.append("Resources:\n");
        y.append("  RecordingConfiguration:\n");
        y.append("    Type: AWS::IVS::RecordingConfiguration\n");
        y.append("    Properties:\n");
        if (r.name() != null) {
            y.append("      Name: ").append(scalar(r.name())).append('\n');
        }
        y.append("      DestinationConfiguration:\n        S3:\n          BucketName: ").append(scalar(r.bucketName())).append('\n');
        if (r.reconnectWindowSeconds() != null) {
            y.append("      RecordingReconnectWindowSeconds: ").append(r.reconnectWindowSeconds()).append('\n');
        }
        if (r.hasRenditionConfiguration()) {
            y.append("      RenditionConfiguration:\n");
            if (r.renditionSelection() != null) {
                y.append("        RenditionSelection: ").append(r.renditionSelection()).append('\n');
            }
            list(y, "        Renditions", r.renditions());
        }
        if (r.hasThumbnailConfiguration()) {
            y.append("      ThumbnailConfiguration:\n");
            if (r.thumbnailRecordingMode() != null) {
                y.append("        RecordingMode: ").append(r.thumbnailRecordingMode()).append('\n');
            }
            if (r.thumbnailTargetIntervalSeconds() != null) {
                y.append("        TargetIntervalSeconds: ").append(r.thumbnailTargetIntervalSeconds()).append('\n');
            }
            if (r.thumbnailResolution() != null) {
                y.append("        Resolution: ").append(r.thumbnailResolution()).append('\n');
            }
            list(y, "        Storage", r.thumbnailStorage());
        }
        if (r.tags() != null) {
            y.append("      Tags:\n");
            for (Map.Entry<String, String> tag : r.tags().entrySet()) {
                y.append("        - Key: ").append(scalar(tag.getKey())).append('\n');
                y.append("          Value: ").append(scalar(tag.getValue())).append('\n');
            }
        }
        y.append("Outputs:\n  RecordingConfigurationArn:\n    Value: !GetAtt RecordingConfiguration.Arn\n");
        return y.toString();
    }

    private static void list(StringBuilder y, String key, List<String> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            y.append(key).append(": []\n");
            return;
        }
        y.append(key).append(":\n");
        String indent = " ".repeat(key.length() - key.stripLeading().length());
        values.forEach(v -> y.append(indent).append("  - ").append(v).append('\n'));
    }

    /** A YAML scalar: quoted (as JSON, which YAML reads) whenever plain style could change its meaning. */
    static String scalar(String s) {
        if (s.matches("[A-Za-z][A-Za-z0-9._@/-]*") && !s.matches("(?i)true|false|yes|no|on|off|null|y|n|~")) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        JsonText.quote(s, out);
        return out.toString();
    }
}
