package dev.ivsinspector.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The credential scope of a SigV4 Authorization header:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/yyyymmdd/REGION/ivs/aws4_request, SignedHeaders=..., Signature=...}.
 *
 * <p>One endpoint serves every service the app calls; {@link #serviceOf} lets the router pick the handler
 * and each handler then parses the header for its own service.
 *
 * <p>The signature is deliberately not verified: the demo account must work with whatever keys a user
 * has configured (theirs or the demo keys). What matters is the region in the scope, because the real
 * service answers as the region the request was signed for.
 */
public record SigV4Scope(String accessKeyId, String date, String region, String service) {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Pattern DATE = Pattern.compile("[0-9]{8}");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");

    /** The service named in a well-formed header's credential scope, or null (the caller picks a default). */
    public static String serviceOf(String authorization) {
        try {
            return parse(authorization, null).service();
        } catch (ApiException e) {
            return null;
        }
    }

    /** Parses the header of a request to {@code service} or throws the 403 that service would send for it. */
    public static SigV4Scope parse(String authorization, String service) {
        if (authorization == null || authorization.isBlank()) {
            throw DemoError.MISSING_AUTHENTICATION_TOKEN.exception("Missing Authentication Token");
        }
        String header = authorization.trim();
        if (!header.startsWith(ALGORITHM + " ")) {
            throw incomplete("Authorization header must use " + ALGORITHM + " (Signature Version 4)");
        }
        Map<String, String> params = parameters(header.substring(ALGORITHM.length() + 1));
        for (String required : new String[] {"Credential", "SignedHeaders", "Signature"}) {
            if (params.getOrDefault(required, "").isEmpty()) {
                throw incomplete("Authorization header requires '" + required + "' parameter. Authorization="
                        + header);
            }
        }
        String[] scope = params.get("Credential").split("/", -1);
        if (scope.length != 5 || scope[0].isEmpty() || !DATE.matcher(scope[1]).matches()
                || !REGION.matcher(scope[2]).matches() || !"aws4_request".equals(scope[4])) {
            throw incomplete("Credential must have the form <AccessKeyId>/<yyyymmdd>/<region>/<service>/aws4_request,"
                    + " got: " + params.get("Credential"));
        }
        if (service != null && !service.equals(scope[3])) {
            throw DemoError.INVALID_SIGNATURE.exception(
                    "Credential should be scoped to correct service: '" + service + "'.");
        }
        return new SigV4Scope(scope[0], scope[1], scope[2], scope[3]);
    }

    private static Map<String, String> parameters(String rest) {
        Map<String, String> params = new HashMap<>();
        for (String part : rest.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                params.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return params;
    }

    private static ApiException incomplete(String message) {
        return DemoError.INCOMPLETE_SIGNATURE.exception(message);
    }
}
