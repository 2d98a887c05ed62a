package dev.ivsinspector.demo;

/** Bucket policies of the demo buckets, written as people write them (Sids included). */
final class DemoPolicies {
    /** Lets an analytics role read and forbids deletes: nothing that stops IVS from writing. */
    static final String READERS_AND_NO_DELETES = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "AnalyticsReads",
                  "Effect": "Allow",
                  "Principal": {"AWS": "arn:aws:iam::123456789012:role/analytics"},
                  "Action": ["s3:GetObject", "s3:ListBucket"],
                  "Resource": ["arn:aws:s3:::prod.live-recordings.us-west-2", "arn:aws:s3:::prod.live-recordings.us-west-2/*"]
                },
                {
                  "Sid": "NoDeletes",
                  "Effect": "Deny",
                  "Principal": "*",
                  "Action": "s3:DeleteObject",
                  "Resource": "arn:aws:s3:::prod.live-recordings.us-west-2/*"
                }
              ]
            }
            """;

    /** A legal hold gone wrong: every principal is denied every write, IVS included. */
    static final String DENY_ALL_WRITES = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "LegalHoldNoWrites",
                  "Effect": "Deny",
                  "Principal": "*",
                  "Action": ["s3:PutObject", "s3:DeleteObject"],
                  "Resource": "arn:aws:s3:::audio-only.podcast-archive/*"
                }
              ]
            }
            """;

    /** The common "TLS only" guard: a conditional Deny that IVS (which writes over TLS) never meets. */
    static final String TLS_ONLY = """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "DenyInsecureTransport",
                  "Effect": "Deny",
                  "Principal": "*",
                  "Action": "s3:*",
                  "Resource": ["arn:aws:s3:::eu.gdpr-recordings.example", "arn:aws:s3:::eu.gdpr-recordings.example/*"],
                  "Condition": {"Bool": {"aws:SecureTransport": "false"}}
                }
              ]
            }
            """;

    private DemoPolicies() {
    }
}
