package dev.ivsinspector.aws;

import dev.ivsinspector.i18n.Texts;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARN of an IVS recording configuration, validated against the API model's pattern and length limit
 * before any request is made, so a typo never costs a round trip or a confusing service error.
 */
public final class RecordingConfigurationArn {

    /** What a valid ARN looks like; shown in every validation message. */
    public static final String EXAMPLE = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    public static final int MAX_LENGTH = 128;

    private static final Pattern MODEL_PATTERN =
            Pattern.compile("^arn:aws:ivs:([a-z0-9-]+):([0-9]+):recording-configuration/([a-zA-Z0-9-]+)$");
    /** Loose shape of any ARN, used only to explain what is wrong with an input that fails the model pattern. */
    private static final Pattern ANY_ARN = Pattern.compile("^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$");

    private final String value;
    private final String region;
    private final String accountId;
    private final String resourceId;

    private RecordingConfigurationArn(String value, String region, String accountId, String resourceId) {
        this.value = value;
        this.region = region;
        this.accountId = accountId;
        this.resourceId = resourceId;
    }

    /** Parses user input (surrounding white space is ignored) or throws with a message meant for the user. */
    public static RecordingConfigurationArn parse(String input) {
        String text = input == null ? "" : input.strip();
        Matcher m = MODEL_PATTERN.matcher(text);
        if (text.length() <= MAX_LENGTH && m.matches()) {
            return new RecordingConfigurationArn(text, m.group(1), m.group(2), m.group(3));
        }
        throw new InvalidArnException(explain(text));
    }

    /** Returns null when valid, else the message {@link #parse} would throw. */
    public static String problemWith(String input) {
        try {
            parse(input);
            return null;
        } catch (InvalidArnException e) {
            return e.getMessage();
        }
    }

    private static String explain(String text) {
        String hint = Texts.format("arn.hint", EXAMPLE);
        if (text.isEmpty()) {
            return Texts.format("arn.empty", hint);
        }
        if (text.length() > MAX_LENGTH) {
            return Texts.format("arn.tooLong", text.length(), MAX_LENGTH, hint);
        }
        Matcher any = ANY_ARN.matcher(text);
        if (!any.matches()) {
            return Texts.format("arn.notArn", hint);
        }
        String partition = any.group(1);
        String service = any.group(2);
        String region = any.group(3);
        String account = any.group(4);
        String resource = any.group(5);
        if (!"ivs".equals(service)) {
            return Texts.format("arn.otherService", service, hint);
        }
        if (!"aws".equals(partition)) {
            return Texts.format("arn.otherPartition", partition, hint);
        }
        String resourceType = resource.contains("/") ? resource.substring(0, resource.indexOf('/')) : resource;
        switch (resourceType) {
            case "channel":
                return Texts.format("arn.channel", hint);
            case "stream-key":
                return Texts.format("arn.streamKey", hint);
            case "playback-key":
            case "playback-restriction-policy":
                return Texts.format("arn.otherIvsType", resourceType.replace('-', ' '), hint);
            case "recording-configuration":
                break;
            default:
                return Texts.format("arn.otherType", resourceType, hint);
        }
        if (!region.matches("[a-z0-9-]+")) {
            return Texts.format("arn.region", region, hint);
        }
        if (!account.matches("[0-9]+")) {
            return Texts.format("arn.account", account, hint);
        }
        String id = resource.substring(resourceType.length() + (resource.contains("/") ? 1 : 0));
        if (id.isEmpty()) {
            return Texts.format("arn.noId", hint);
        }
        return Texts.format("arn.badId", id, hint);
    }

    public String value() {
        return value;
    }

    public String region() {
        return region;
    }

    public String accountId() {
        return accountId;
    }

    public String resourceId() {
        return resourceId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordingConfigurationArn other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
