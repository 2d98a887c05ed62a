package dev.ivsinspector.demo.query;

import dev.ivsinspector.demo.AccountResources;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.Xml;
import java.util.Map;

/** STS for the demo account: GetCallerIdentity names the demo user (it needs no permission, as in AWS). */
final class StsActions {
    static final String CALLER_ARN = AccountResources.CALLER_ARN;

    String getCallerIdentity(Map<String, String> form) {
        return Xml.element("Arn", CALLER_ARN) + Xml.element("UserId", "AIDAIVSDEMOUSER000000")
                + Xml.element("Account", SampleAccount.ACCOUNT_ID);
    }
}
