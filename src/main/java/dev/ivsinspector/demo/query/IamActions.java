package dev.ivsinspector.demo.query;

import dev.ivsinspector.demo.AccountResources;
import dev.ivsinspector.demo.Xml;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The IAM reads of the demo account: GetRole knows only the service-linked role IVS records through. */
final class IamActions {
    private static final String TRUST_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ivs.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    private IamActions() {
    }

    static String getRole(AccountResources resources, Map<String, String> form) {
        String name = form.getOrDefault("RoleName", "");
        if (name.isEmpty()) {
            throw new QueryError(400, "Sender", "ValidationError",
                    "1 validation error detected: Value null at 'roleName' failed to satisfy constraint: "
                            + "Member must not be null");
        }
        String arn = "arn:aws:iam::" + resources.accountId() + ":role/" + name;
        if (resources.callerDenied().contains("iam:GetRole")) {
            throw QueryError.accessDenied(resources.callerArn(), "iam:GetRole", arn);
        }
        if (!resources.serviceLinkedRole() || !AccountResources.SERVICE_LINKED_ROLE.equals(name)) {
            throw new QueryError(404, "Sender", "NoSuchEntity", "The role with name " + name + " cannot be found.");
        }
        return "<Role>" + Xml.element("Path", "/aws-service-role/ivs.amazonaws.com/")
                + Xml.element("RoleName", name) + Xml.element("RoleId", "AROAIVSDEMOSERVICEROLE")
                + Xml.element("Arn", resources.roleArn()) + Xml.element("CreateDate", "2020-12-05T00:10:00Z")
                + Xml.element("AssumeRolePolicyDocument", URLEncoder.encode(TRUST_POLICY, StandardCharsets.UTF_8))
                + Xml.element("Description", "Allows IVS to write recordings to your S3 buckets")
                + Xml.element("MaxSessionDuration", "3600") + "</Role>";
    }
}
