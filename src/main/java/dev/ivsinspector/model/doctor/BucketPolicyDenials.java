package dev.ivsinspector.model.doctor;

import dev.ivsinspector.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Finds the statements of a bucket policy that explicitly deny IVS's writes: Effect Deny, an action that covers
 * s3:PutObject, a principal that covers IVS's service-linked role (every principal, the IVS service, the role
 * itself, or a NotPrincipal that leaves it out) and a resource that covers the bucket's objects. An explicit
 * deny wins over every allow (IAM policy evaluation), so such a statement stops recording.
 */
public final class BucketPolicyDenials {
    static final String IVS_SERVICE = "ivs.amazonaws.com";
    private static final String ROLE = "AWSServiceRoleForIVSRecordToS3";

    private BucketPolicyDenials() {
    }

    /** The denying statements, in policy order; throws IllegalArgumentException when it is not a policy. */
    public static List<PolicyDenial> find(String policyJson, String bucket) {
        JsonNode policy = JsonNode.parser().parse(policyJson);
        if (!policy.isObject() || policy.field("Statement").isEmpty()) {
            throw new IllegalArgumentException(Texts.text("doctor.policy.noStatement"));
        }
        JsonNode statements = policy.field("Statement").get();
        List<JsonNode> list = statements.isArray() ? statements.asArray() : List.of(statements);
        List<PolicyDenial> denials = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode s = list.get(i);
            if (s.isObject() && deniesIvsWrites(s, bucket) && !onlyInsecureTransport(s)) {
                String sid = s.field("Sid").filter(JsonNode::isString).map(JsonNode::asString).orElse("#" + (i + 1));
                denials.add(new PolicyDenial(sid, s.field("Condition").isPresent()));
            }
        }
        return denials;
    }

    private static boolean deniesIvsWrites(JsonNode s, String bucket) {
        if (!"Deny".equals(s.field("Effect").filter(JsonNode::isString).map(JsonNode::asString).orElse(""))) {
            return false;
        }
        String object = "arn:aws:s3:::" + bucket + "/ivs/v1/recording";
        return covers(s, "Action", "NotAction", "s3:PutObject")
                && covers(s, "Resource", "NotResource", object)
                && coversIvsPrincipal(s);
    }

    /** A member lists a match for {@code value}, or its Not-twin lists none. */
    private static boolean covers(JsonNode s, String member, String notMember, String value) {
        if (s.field(member).isPresent()) {
            return strings(s.field(member).get()).stream().anyMatch(p -> glob(p, value));
        }
        return s.field(notMember).isPresent()
                && strings(s.field(notMember).get()).stream().noneMatch(p -> glob(p, value));
    }

    private static boolean coversIvsPrincipal(JsonNode s) {
        if (s.field("Principal").isPresent()) {
            return principalMatches(s.field("Principal").get());
        }
        // NotPrincipal denies everyone not listed: IVS is caught unless its service or role is listed.
        return s.field("NotPrincipal").isPresent() && !principalMatches(s.field("NotPrincipal").get());
    }

    private static boolean principalMatches(JsonNode principal) {
        if (principal.isString()) {
            return "*".equals(principal.asString());
        }
        if (!principal.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : principal.asObject().entrySet()) {
            for (String p : strings(e.getValue())) {
                if ("*".equals(p) || "Service".equals(e.getKey()) && IVS_SERVICE.equals(p)
                        || "AWS".equals(e.getKey()) && p.endsWith("/" + ROLE)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code "aws:SecureTransport": "false"} only: IVS writes over TLS, so the usual TLS-only guard never meets it. */
    private static boolean onlyInsecureTransport(JsonNode s) {
        if (s.field("Condition").isEmpty() || !s.field("Condition").get().isObject()) {
            return false;
        }
        Map<String, JsonNode> condition = s.field("Condition").get().asObject();
        if (condition.size() != 1 || !condition.containsKey("Bool") || !condition.get("Bool").isObject()) {
            return false;
        }
        Map<String, JsonNode> bool = condition.get("Bool").asObject();
        return bool.size() == 1 && bool.containsKey("aws:SecureTransport")
                && strings(bool.get("aws:SecureTransport")).equals(List.of("false"));
    }

    private static List<String> strings(JsonNode node) {
        if (node.isString()) {
            return List.of(node.asString());
        }
        if (node.isArray()) {
            return node.asArray().stream().filter(JsonNode::isString).map(JsonNode::asString).toList();
        }
        return List.of();
    }

    /** IAM wildcards: * any run, ? one character; actions compare case-insensitively. */
    static boolean glob(String pattern, String value) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(value).matches()
                || pattern.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT));
    }
}
