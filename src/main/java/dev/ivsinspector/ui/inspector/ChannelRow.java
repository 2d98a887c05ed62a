package dev.ivsinspector.ui.inspector;

import software.amazon.awssdk.services.ivs.model.ChannelSummary;

/** A channel that uses the configuration shown, as listed under "Used by channels". */
public record ChannelRow(String name, String type, String latencyMode, String arn) {

    static ChannelRow of(ChannelSummary channel) {
        return new ChannelRow(channel.name() == null ? "" : channel.name(), orEmpty(channel.typeAsString()),
                orEmpty(channel.latencyModeAsString()), channel.arn());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
