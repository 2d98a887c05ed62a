package dev.ivsinspector.demo.query;

import dev.ivsinspector.demo.AccountResources;
import dev.ivsinspector.demo.Xml;
import java.util.Map;

/** STS for the demo account: GetCallerIdentity names the demo user (it needs no permission, as in AWS). */
final class StsActions {
    private StsActions() {
    }

    static String getCallerIdentity(AccountResources resources, Map<String, String> form) {
        return Xml.element("Arn", resources.callerArn()) + Xml.element("UserId", "AIDAIVSDEMOUSER000000")
                + Xml.element("Account", resources.accountId());
    }
}
