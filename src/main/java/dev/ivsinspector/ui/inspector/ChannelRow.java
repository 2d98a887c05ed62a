package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.DisplayText;
import software.amazon.awssdk.services.ivs.model.ChannelSummary;

/** A channel that uses the configuration shown, as listed under "Used by channels". */
public record ChannelRow(String name, String type, String latencyMode, String arn) {

    static ChannelRow of(ChannelSummary channel) {
        // Shown as they come from AWS, so bidi controls are made visible and long values cut; the ARN stays as
        // it is, to be copied and opened.
        return new ChannelRow(DisplayText.shown(orEmpty(channel.name())), DisplayText.shown(orEmpty(channel.typeAsString())),
                DisplayText.shown(orEmpty(channel.latencyModeAsString())), channel.arn());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
