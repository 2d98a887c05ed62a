package dev.ivsinspector.demo.s3;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The XML documents of S3's REST API, written as S3 writes them (namespace, element order). */
final class S3Xml {
    private static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    private S3Xml() {
    }

    /** One listed object. */
    record Entry(String key, Instant lastModified, String etag, long size) {
    }

    /** The ListObjectsV2 answer; keys and prefixes already URL-encoded when encodingType is "url". */
    static String listBucketResult(String bucket, String prefix, String delimiter, int maxKeys, String encodingType,
                                   String continuationToken, String startAfter, String nextToken,
                                   List<Entry> contents, List<String> commonPrefixes) {
        StringBuilder xml = new StringBuilder().append("<ListBucketResult xmlns=\"").append(NAMESPACE)
                .append("\">");
        element(xml, "Name", bucket);
        element(xml, "Prefix", prefix);
        if (continuationToken != null) {
            element(xml, "ContinuationToken", continuationToken);
        }
        if (nextToken != null) {
            element(xml, "NextContinuationToken", nextToken);
        }
        if (startAfter != null) {
            element(xml, "StartAfter", startAfter);
        }
        element(xml, "KeyCount", String.valueOf(contents.size() + commonPrefixes.size()));
        element(xml, "MaxKeys", String.valueOf(maxKeys));
        if (delimiter != null) {
            element(xml, "Delimiter", delimiter);
        }
        if (encodingType != null) {
            element(xml, "EncodingType", encodingType);
        }
        element(xml, "IsTruncated", String.valueOf(nextToken != null));
        for (Entry entry : contents) {
            xml.append("<Contents>");
            element(xml, "Key", entry.key());
            element(xml, "LastModified", entry.lastModified().truncatedTo(ChronoUnit.MILLIS).toString());
            element(xml, "ETag", entry.etag());
            element(xml, "Size", String.valueOf(entry.size()));
            element(xml, "StorageClass", "STANDARD");
            xml.append("</Contents>");
        }
        for (String common : commonPrefixes) {
            xml.append("<CommonPrefixes>");
            element(xml, "Prefix", common);
            xml.append("</CommonPrefixes>");
        }
        return xml.append("</ListBucketResult>").toString();
    }

    private static void element(StringBuilder xml, String name, String value) {
        xml.append('<').append(name).append('>');
        escape(xml, value == null ? "" : value);
        xml.append("</").append(name).append('>');
    }

    private static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        xml.append("&#").append((int) c).append(';');
                    } else {
                        xml.append(c);
                    }
                }
            }
        }
    }
}
