package dev.ivsinspector.model.doctor;

/** The AWS documentation page a finding rests on: its title as AWS gives it and its address. */
public enum DocPage {
    AUTO_RECORD("Amazon IVS User Guide: Auto-Record to Amazon S3",
            "https://docs.aws.amazon.com/ivs/latest/userguide/create-channel-auto-r2s3.html"),
    SERVICE_LINKED_ROLES("Amazon IVS User Guide: Using Service-Linked Roles for Amazon IVS",
            "https://docs.aws.amazon.com/ivs/latest/userguide/security-service-linked-roles.html"),
    CREATE_RECORDING_CONFIGURATION("Amazon IVS API Reference: CreateRecordingConfiguration (known issue)",
            "https://docs.aws.amazon.com/ivs/latest/APIReference/API_CreateRecordingConfiguration.html"),
    HEAD_BUCKET("Amazon S3 API Reference: HeadBucket",
            "https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html"),
    GET_BUCKET_LOCATION("Amazon S3 API Reference: GetBucketLocation",
            "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html"),
    GET_BUCKET_POLICY("Amazon S3 API Reference: GetBucketPolicy",
            "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html"),
    POLICY_EVALUATION("IAM User Guide: Policy evaluation logic (an explicit deny overrides any allow)",
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html"),
    RECORDING_CONFIGURATION("Amazon IVS API Reference: RecordingConfiguration",
            "https://docs.aws.amazon.com/ivs/latest/APIReference/API_RecordingConfiguration.html");

    private final String title;
    private final String url;

    DocPage(String title, String url) {
        this.title = title;
        this.url = url;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }
}
