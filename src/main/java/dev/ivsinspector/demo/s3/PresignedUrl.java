package dev.ivsinspector.demo.s3;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a query-string-signed (presigned) S3 request the way S3 does: the demo access key, an unexpired
 * X-Amz-Date + X-Amz-Expires (at most 7 days), and a SigV4 signature over the canonical request made with
 * the demo secret. Throws the error S3 would send; returns when the request may proceed.
 */
public final class PresignedUrl {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String QUERY_ERROR = "AuthorizationQueryParametersError";
    private static final long MAX_EXPIRES_SECONDS = 604_800;
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final String accessKeyId;
    private final String secretKey;
    private final Clock clock;

    public PresignedUrl(String accessKeyId, String secretKey, Clock clock) {
        this.accessKeyId = accessKeyId;
        this.secretKey = secretKey;
        this.clock = clock;
    }

    /** The service of a presigned URL's credential scope (X-Amz-Credential), or null. */
    public static String serviceOf(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.startsWith("X-Amz-Credential=")) {
                String[] scope = java.net.URLDecoder.decode(pair.substring(17), StandardCharsets.UTF_8).split("/", -1);
                return scope.length == 5 ? scope[3] : null;
            }
        }
        return null;
    }

    /** The region of a presigned request's credential scope; call after {@link #check}. */
    public static String regionOf(Map<String, String> query) {
        return query.get("X-Amz-Credential").split("/", -1)[2];
    }

    /** True when the query carries a SigV4 signature instead of an Authorization header. */
    public static boolean isPresigned(Map<String, String> query) {
        return query.containsKey("X-Amz-Credential") || query.containsKey("X-Amz-Signature");
    }

    /**
     * @param rawPath the path exactly as sent (still percent-encoded)
     * @param query   decoded query parameters
     */
    public void check(String method, String rawPath, Map<String, String> query, String host) {
        String credential = query.get("X-Amz-Credential");
        String date = query.get("X-Amz-Date");
        String expires = query.get("X-Amz-Expires");
        String signedHeaders = query.get("X-Amz-SignedHeaders");
        String signature = query.get("X-Amz-Signature");
        if (!ALGORITHM.equals(query.get("X-Amz-Algorithm")) || credential == null || date == null || expires == null
                || signedHeaders == null || signature == null) {
            throw error(400, QUERY_ERROR, "Query-string authentication version 4 requires the X-Amz-Algorithm,"
                    + " X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires"
                    + " parameters.");
        }
        String[] scope = credential.split("/", -1);
        if (scope.length != 5 || !"s3".equals(scope[3]) || !"aws4_request".equals(scope[4])) {
            throw error(400, QUERY_ERROR, "Error parsing the X-Amz-Credential parameter; the Credential is mal-formed;"
                    + " expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
        }
        if (!accessKeyId.equals(scope[0])) {
            throw error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.",
                    "AWSAccessKeyId", scope[0]);
        }
        Instant signedAt;
        long seconds;
        try {
            signedAt = LocalDateTime.parse(date, AMZ_DATE).toInstant(ZoneOffset.UTC);
            seconds = Long.parseLong(expires);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw error(400, QUERY_ERROR, "X-Amz-Date or X-Amz-Expires is not valid.");
        }
        if (seconds < 1 || seconds > MAX_EXPIRES_SECONDS) {
            throw error(400, QUERY_ERROR, "X-Amz-Expires must be less than a week (in seconds) that is 604800");
        }
        Instant now = clock.instant();
        Instant expiry = signedAt.plusSeconds(seconds);
        if (now.isAfter(expiry)) {
            throw error(403, "AccessDenied", "Request has expired", "X-Amz-Expires", expires, "Expires",
                    expiry.toString(), "ServerTime", now.toString());
        }
        String expected = signature(method, rawPath, query, host, signedHeaders, date, credential);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            throw error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the"
                    + " signature you provided. Check your key and signing method.", "AWSAccessKeyId", scope[0]);
        }
    }

    /** @param elements names and values of the extra elements of the error body, in order */
    private static S3Exception error(int status, String code, String message, String... elements) {
        S3Exception error = new S3Exception(status, code, message);
        for (int i = 0; i + 1 < elements.length; i += 2) {
            error.with(elements[i], elements[i + 1]);
        }
        return error;
    }

    private String signature(String method, String rawPath, Map<String, String> query, String host,
                             String signedHeaders, String date, String credential) {
        TreeMap<String, String> canonicalQuery = new TreeMap<>();
        query.forEach((name, value) -> {
            if (!name.equals("X-Amz-Signature")) {
                canonicalQuery.put(encode(name), encode(value));
            }
        });
        StringBuilder queryText = new StringBuilder();
        canonicalQuery.forEach((name, value) -> queryText.append(queryText.isEmpty() ? "" : "&")
                .append(name).append('=').append(value));
        // Only the host header is ever signed by a presigned GET of the SDK; any other would have to be sent.
        String headers = "host:" + host.trim() + "\n";
        String canonicalRequest = method + "\n" + rawPath + "\n" + queryText + "\n" + headers + "\n" + signedHeaders
                + "\nUNSIGNED-PAYLOAD";
        String scope = credential.substring(credential.indexOf('/') + 1);
        String stringToSign = ALGORITHM + "\n" + date + "\n" + scope + "\n" + hex(sha256(canonicalRequest));
        String[] parts = scope.split("/");
        byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), parts[0]);
        key = hmac(key, parts[1]);
        key = hmac(key, parts[2]);
        key = hmac(key, parts[3]);
        return hex(hmac(key, stringToSign));
    }

    /** SigV4's URI encoding: RFC 3986 unreserved characters stay, everything else is %XX. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
