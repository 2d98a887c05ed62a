package dev.ivsinspector.model.doctor;

import dev.ivsinspector.i18n.Texts;

/** The AWS documentation page a finding rests on: its title as AWS gives it (in the messages bundle) and its address. */
public enum DocPage {
    AUTO_RECORD("https://docs.aws.amazon.com/ivs/latest/userguide/create-channel-auto-r2s3.html"),
    SERVICE_LINKED_ROLES("https://docs.aws.amazon.com/ivs/latest/userguide/security-service-linked-roles.html"),
    CREATE_RECORDING_CONFIGURATION("https://docs.aws.amazon.com/ivs/latest/APIReference/API_CreateRecordingConfiguration.html"),
    HEAD_BUCKET("https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html"),
    GET_BUCKET_LOCATION("https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLocation.html"),
    GET_BUCKET_POLICY("https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html"),
    POLICY_EVALUATION("https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html"),
    RECORDING_CONFIGURATION("https://docs.aws.amazon.com/ivs/latest/APIReference/API_RecordingConfiguration.html");

    private final String url;

    DocPage(String url) {
        this.url = url;
    }

    public String title() {
        return Texts.text("doc." + name());
    }

    public String url() {
        return url;
    }
}
