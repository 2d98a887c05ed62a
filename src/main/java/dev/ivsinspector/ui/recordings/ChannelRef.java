package dev.ivsinspector.ui.recordings;

/**
 * A channel that records with the configuration.
 *
 * @param arn  its ARN; the last part is the channel id of the recording paths
 * @param name its name, possibly empty
 */
public record ChannelRef(String arn, String name) {

    public String id() {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    /** The account part of the ARN: recordings live under the channel's own account. */
    public String accountId() {
        String[] parts = arn.split(":", 6);
        return parts.length > 4 ? parts[4] : "";
    }

    public String label() {
        return name == null || name.isEmpty() ? id() : name;
    }
}
