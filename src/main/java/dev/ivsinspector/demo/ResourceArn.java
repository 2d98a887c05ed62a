package dev.ivsinspector.demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of an IVS ARN the endpoint needs: the region (answers are per region) and the id. */
record ResourceArn(String arn, String region, String accountId, String resourceType, String id) {
    /** The pattern and length limit of GetRecordingConfiguration's arn (ivs-2020-07-14). */
    private static final Pattern RECORDING_CONFIGURATION = Pattern.compile(
            "^arn:aws:ivs:([a-z0-9-]+):([0-9]+):(recording-configuration)/([a-zA-Z0-9-]+)$");
    /** The pattern of ListTagsForResource's resourceArn: any IVS resource type. */
    private static final Pattern ANY_RESOURCE = Pattern.compile(
            "^arn:aws:[is]vs:([a-z0-9-]+):([0-9]+):([a-z-]+)/([a-zA-Z0-9-]+)$");
    private static final int MAX_LENGTH = 128;

    static ResourceArn recordingConfiguration(String arn) {
        return parse(arn, RECORDING_CONFIGURATION, "arn", "^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/"
                + "[a-zA-Z0-9-]+$");
    }

    static ResourceArn anyResource(String arn) {
        return parse(arn, ANY_RESOURCE, "resourceArn", "^arn:aws:[is]vs:[a-z0-9-]+:[0-9]+:[a-z-]/[a-zA-Z0-9-]+$");
    }

    private static ResourceArn parse(String arn, Pattern pattern, String member, String patternText) {
        if (arn.isEmpty() || arn.length() > MAX_LENGTH) {
            throw DemoError.VALIDATION.exception("1 validation error detected: Value '" + arn + "' at '" + member
                    + "' failed to satisfy constraint: Member must have length between 1 and " + MAX_LENGTH);
        }
        Matcher m = pattern.matcher(arn);
        if (!m.matches()) {
            throw DemoError.VALIDATION.exception("1 validation error detected: Value '" + arn + "' at '" + member
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + patternText);
        }
        return new ResourceArn(arn, m.group(1), m.group(2), m.group(3), m.group(4));
    }
}
