package dev.ivsinspector.demo.s3;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * ListObjectsV2 over a bucket's sorted keys: prefix, delimiter, max-keys (objects and common prefixes
 * count alike, at most 1000), start-after, an opaque continuation token and encoding-type=url.
 */
final class ObjectListingQuery {
    static final int MAX_KEYS = 1000;
    /** Past every key that starts with a given prefix: sorts after any character the demo's keys use. */
    private static final char AFTER_ALL = '\uffff';

    private ObjectListingQuery() {
    }

    static S3Reply list(String bucketName, NavigableMap<String, S3Object> objects, Map<String, String> query) {
        String prefix = query.getOrDefault("prefix", "");
        String delimiter = emptyToNull(query.get("delimiter"));
        String token = emptyToNull(query.get("continuation-token"));
        String startAfter = emptyToNull(query.get("start-after"));
        String encodingType = emptyToNull(query.get("encoding-type"));
        if (encodingType != null && !encodingType.equals("url")) {
            throw invalidArgument("Invalid Encoding Method specified in Request", "encoding-type", encodingType);
        }
        int maxKeys;
        try {
            maxKeys = Math.min(MAX_KEYS, Integer.parseInt(query.getOrDefault("max-keys", "1000")));
        } catch (NumberFormatException e) {
            maxKeys = -1;
        }
        if (maxKeys < 0) {
            throw invalidArgument("Provided max-keys not an integer or within integer range", "max-keys",
                    query.get("max-keys"));
        }
        String position;
        if (token != null) {
            try {
                position = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                position = null;
            }
            if (position == null || !position.startsWith("v1:")) {
                throw invalidArgument("The continuation token provided is incorrect", "continuation-token", token);
            }
            position = position.substring(3);
        } else {
            position = startAfter != null && startAfter.compareTo(prefix) > 0 ? startAfter : null;
        }

        NavigableMap<String, S3Object> rest = position == null ? objects.tailMap(prefix, true)
                : objects.tailMap(position, false);
        List<S3Xml.Entry> contents = new ArrayList<>();
        List<String> commonPrefixes = new ArrayList<>();
        String last = null;
        String nextToken = null;
        while (!rest.isEmpty()) {
            String key = rest.firstKey();
            if (!key.startsWith(prefix)) {
                break;
            }
            if (contents.size() + commonPrefixes.size() == maxKeys) {
                nextToken = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(("v1:" + last).getBytes(StandardCharsets.UTF_8));
                break;
            }
            int cut = delimiter == null ? -1 : key.indexOf(delimiter, prefix.length());
            if (cut >= 0) {
                String common = key.substring(0, cut + delimiter.length());
                commonPrefixes.add(encode(common, encodingType));
                last = common + AFTER_ALL;
            } else {
                S3Object object = rest.firstEntry().getValue();
                contents.add(new S3Xml.Entry(encode(key, encodingType), object.lastModified(), object.etag(),
                        object.size()));
                last = key;
            }
            rest = objects.tailMap(last, false);
        }
        return S3Reply.xml(S3Xml.listBucketResult(bucketName, encode(prefix, encodingType),
                delimiter == null ? null : encode(delimiter, encodingType), maxKeys, encodingType, token,
                startAfter == null ? null : encode(startAfter, encodingType), nextToken, contents, commonPrefixes));
    }

    private static S3Exception invalidArgument(String message, String name, String value) {
        return new S3Exception(400, "InvalidArgument", message).with("ArgumentName", name)
                .with("ArgumentValue", String.valueOf(value));
    }

    private static String encode(String text, String encodingType) {
        if (encodingType == null) {
            return text;
        }
        // S3's url encoding keeps '/' readable, like the keys it stands for.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
