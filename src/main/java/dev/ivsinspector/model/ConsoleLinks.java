package dev.ivsinspector.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses of a recording configuration and its bucket in the AWS Management Console. The console lives
 * in the configuration's own region (from its ARN), like the API call. The fragment shape of the IVS console
 * (#/recording-configurations/ID) is the console's own routing and not a documented API: if AWS changes it,
 * the page still opens on the IVS console of the right region.
 */
public final class ConsoleLinks {

    private ConsoleLinks() {
    }

    /** @param arn arn:aws:ivs:REGION:ACCOUNT:recording-configuration/ID */
    public static String recordingConfiguration(String arn) {
        String[] parts = arn.split(":", 6);
        String region = parts[3];
        String id = parts[5].substring(parts[5].indexOf('/') + 1);
        return "https://" + region + ".console.aws.amazon.com/ivs/home?region=" + region
                + "#/recording-configurations/" + encode(id);
    }

    /**
     * The bucket's page in the S3 console. IVS requires the bucket to be in the configuration's region, so
     * that region is the one to show.
     */
    public static String bucket(String bucketName, String region) {
        return "https://s3.console.aws.amazon.com/s3/buckets/" + encode(bucketName) + "?region=" + encode(region);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
