package dev.ivsinspector.demo;

import java.util.List;

/**
 * The curated part of the demo account. Together the configurations use every member of
 * RecordingConfiguration and every enum value at least once, so the UI has something to show for each
 * field; the comments say which case each one covers.
 */
final class StandardSamples {
    static final String RICHEST_ID = "AbCdEf123456";
    static final String MINIMAL_ID = "Mn0Pq1Rs2Tu3";
    /** The widest on screen: a 63-character bucket, the longest enum values, ten long tags. */
    static final String WIDEST_ID = "Wd63Lg0Bk7Zq";
    static final String WIDEST_REGION = "eu-west-1";
    static final String PAGING_REGION = "ap-south-1";
    static final int PAGING_REGION_COUNT = 300;

    private static final String USW2 = "us-west-2";
    private static final String USE1 = "us-east-1";
    private static final String EUW1 = "eu-west-1";
    private static final String APNE1 = "ap-northeast-1";
    private static final String POLICY_ARN =
            "arn:aws:ivs:us-west-2:" + SampleAccount.ACCOUNT_ID + ":playback-restriction-policy/PbRstr1ct0n1";

    private StandardSamples() {
    }

    static List<SampleConfig> configs() {
        return List.of(
                // The richest: every member present, CUSTOM with all four renditions, both storages,
                // the longest reconnect window and ten tags. First in sampleArns().
                SampleConfig.builder(USW2, RICHEST_ID, "prod.live-recordings.us-west-2", "ACTIVE")
                        .name("prod-live-recordings")
                        .reconnectWindowSeconds(300)
                        .renditions("CUSTOM", "SD", "HD", "FULL_HD", "LOWEST_RESOLUTION")
                        .thumbnails("INTERVAL", 10L, "FULL_HD", "SEQUENTIAL", "LATEST")
                        .tags("env", "prod", "team", "live-video", "cost-center", "cc-4711",
                                "owner", "media-platform@example.com", "project", "ivs-live",
                                "data-classification", "internal", "retention", "365d",
                                "compliance", "soc2", "created-by", "terraform", "service", "recording")
                        .build(),
                // ALL renditions, HD thumbnails kept only as LATEST, a 30 s window.
                SampleConfig.builder(USW2, "Xy7Kq2Lm9PzA", "esports-finals-hd", "ACTIVE")
                        .name("esports-finals-hd")
                        .reconnectWindowSeconds(30)
                        .renditions("ALL")
                        .thumbnails("INTERVAL", 30L, "HD", "LATEST")
                        .tags("env", "prod", "event", "finals-2025", "team", "esports")
                        .build(),
                // Thumbnails DISABLED, renditions NONE, an explicit 0 s window, tags present but empty.
                SampleConfig.builder(USW2, "Fq8Rt0Wn3JcV", "audio-only.podcast-archive", "ACTIVE")
                        .name("podcast-audio-only")
                        .reconnectWindowSeconds(0)
                        .renditions("NONE")
                        .thumbnails("DISABLED", null, null, "SEQUENTIAL")
                        .tags()
                        .build(),
                // Still CREATING; CUSTOM with a single rendition; SD thumbnails once a minute.
                SampleConfig.builder(USW2, "Nm4Bv6Cx8ZaQ", "launch.event.recordings", "CREATING")
                        .name("launch-event-2025")
                        .renditions("CUSTOM", "HD")
                        .thumbnails("INTERVAL", 60L, "SD", "SEQUENTIAL")
                        .tags("env", "prod", "event", "product-launch")
                        .build(),
                // Only the required members: no name, no rendition or thumbnail configuration, no tags,
                // no reconnect window. Shows how the UI presents defaults.
                SampleConfig.builder(USW2, MINIMAL_ID, "ivs-minimal-bucket", "ACTIVE").build(),
                // LOWEST_RESOLUTION thumbnails every 5 s, CUSTOM with two renditions.
                SampleConfig.builder(USE1, "Gh5Jk7Lz9QwE", "webinar-archive.us-east-1", "ACTIVE")
                        .name("webinar-archive")
                        .reconnectWindowSeconds(30)
                        .renditions("CUSTOM", "LOWEST_RESOLUTION", "SD")
                        .thumbnails("INTERVAL", 5L, "LOWEST_RESOLUTION", "SEQUENTIAL")
                        .tags("env", "prod", "department", "marketing")
                        .build(),
                // CREATE_FAILED because its bucket does not exist; a channel still points at it.
                SampleConfig.builder(USE1, "Tr3Ee4Ww5Qq6", "staging-recordings-missing-bucket", "CREATE_FAILED")
                        .name("staging-recordings")
                        .renditions("ALL")
                        .thumbnails("INTERVAL", 60L, null, "SEQUENTIAL")
                        .tags("env", "staging")
                        .build(),
                // A name with an underscore (allowed), a mid-length window, thumbnails without a resolution.
                // Its bucket now belongs to another account (deleted, and the name taken by someone else).
                SampleConfig.builder(USE1, "Ua1Sb2Dc3Fv4", "corp-town-hall-recordings", "ACTIVE")
                        .name("town-hall_q3")
                        .reconnectWindowSeconds(120)
                        .renditions("ALL")
                        .thumbnails("INTERVAL", 60L, null, "SEQUENTIAL")
                        .tags("env", "prod", "department", "internal-comms")
                        .build(),
                SampleConfig.builder(EUW1, "Eu1Wx2Yz3Ab4", "eu.gdpr-recordings.example", "ACTIVE")
                        .name("eu-gdpr-recordings")
                        .reconnectWindowSeconds(60)
                        .renditions("NONE")
                        .thumbnails("INTERVAL", 20L, "HD", "LATEST")
                        .tags("env", "prod", "data-residency", "eu", "gdpr", "true")
                        .build(),
                // The widest values a configuration can have: what every screen size must show whole.
                SampleConfig.builder(EUW1, WIDEST_ID, "quokka-vod-archive.prod-live-recordings.eu-central-1.media-0001",
                                "ACTIVE")
                        .name("prod-live-recordings-eu-west-1-with-the-longest-name")
                        .reconnectWindowSeconds(300)
                        .renditions("CUSTOM", "LOWEST_RESOLUTION", "SD", "HD", "FULL_HD")
                        .thumbnails("INTERVAL", 60L, "LOWEST_RESOLUTION", "SEQUENTIAL", "LATEST")
                        .tags("cost-allocation-team", "live-video-platform", "environment", "production-eu-west-1",
                                "owner", "media-platform-oncall@example.com", "project", "ivs-live-recordings",
                                "data-classification", "internal-confidential", "retention", "365-days-then-glacier",
                                "compliance", "soc2-type2-iso27001", "created-by", "terraform-ivs-module-v3",
                                "service", "recording-pipeline", "cost-center", "cc-4711-media-distribution")
                        .build(),
                SampleConfig.builder(EUW1, "Eu5Cd6Ef7Gh8", "fitness-classes-eu", "CREATING")
                        .name("fitness-classes")
                        .renditions("ALL")
                        .thumbnails("INTERVAL", 15L, "SD", "SEQUENTIAL")
                        .tags("env", "dev")
                        .build(),
                SampleConfig.builder(APNE1, "Ap9Jp8Tk7Yo6", "tokyo.music-live.archive", "ACTIVE")
                        .name("tokyo-music-live")
                        .reconnectWindowSeconds(45)
                        .renditions("CUSTOM", "FULL_HD", "HD")
                        .thumbnails("INTERVAL", 2L, "SD", "SEQUENTIAL", "LATEST")
                        .tags("env", "prod", "genre", "j-pop", "venue", "budokan")
                        .build(),
                // CREATE_FAILED because its bucket is in another region (us-west-2).
                SampleConfig.builder(APNE1, "Ap2Os3Ka4Xy5", "osaka-test-recordings", "CREATE_FAILED")
                        .name("osaka-test")
                        .tags("env", "test")
                        .build());
    }

    /**
     * The buckets behind the configurations, one sample per doctor finding: most are healthy (us-east-1 answers
     * an empty location constraint, eu-west-1 the legacy "EU"); staging's bucket does not exist, osaka's is in
     * us-west-2, the podcast bucket's policy denies every write, the town-hall bucket is another account's and
     * the esports bucket does not let the caller read its policy. Generated configurations get their buckets
     * from {@link SampleAccount#withGenerated}.
     */
    static List<SampleBucket> buckets() {
        return List.of(
                SampleBucket.of("prod.live-recordings.us-west-2", USW2).withPolicy(DemoPolicies.READERS_AND_NO_DELETES),
                SampleBucket.of("esports-finals-hd", USW2).denying("s3:GetBucketPolicy"),
                SampleBucket.of("audio-only.podcast-archive", USW2).withPolicy(DemoPolicies.DENY_ALL_WRITES),
                SampleBucket.of("launch.event.recordings", USW2),
                SampleBucket.of("ivs-minimal-bucket", USW2),
                SampleBucket.of("webinar-archive.us-east-1", USE1),
                SampleBucket.of("corp-town-hall-recordings", USE1).ownedBy("444455556666"),
                SampleBucket.of("eu.gdpr-recordings.example", EUW1).withPolicy(DemoPolicies.TLS_ONLY),
                SampleBucket.of("fitness-classes-eu", EUW1),
                SampleBucket.of("tokyo.music-live.archive", APNE1),
                SampleBucket.of("osaka-test-recordings", USW2));
    }

    static List<SampleChannel> channels() {
        String richest = arn(USW2, RICHEST_ID);
        return List.of(
                new SampleChannel(USW2, "MainStage0Ch", "main-stage", "LOW", "STANDARD", null, false, false,
                        richest, null, java.util.Map.of("env", "prod", "stage", "main")),
                new SampleChannel(USW2, "MainStage0Bk", "main-stage-backup", "NORMAL", "ADVANCED_HD",
                        "HIGHER_BANDWIDTH_DELIVERY", true, false, richest, POLICY_ARN,
                        java.util.Map.of("env", "prod", "stage", "backup")),
                new SampleChannel(USW2, "EsportsArena", "esports-arena", "LOW", "ADVANCED_SD",
                        "CONSTRAINED_BANDWIDTH_DELIVERY", false, false, arn(USW2, "Xy7Kq2Lm9PzA"), null,
                        java.util.Map.of("team", "esports")),
                new SampleChannel(USW2, "LobbyCam0001", "lobby-cam", "NORMAL", "BASIC", null, false, true,
                        null, null, java.util.Map.of()),
                new SampleChannel(USE1, "StagingTest1", "staging-test", "NORMAL", "BASIC", null, false, false,
                        arn(USE1, "Tr3Ee4Ww5Qq6"), null, java.util.Map.of("env", "staging")),
                new SampleChannel(USE1, "WebinarRoom1", "webinar-room-1", "LOW", "STANDARD", null, true, false,
                        arn(USE1, "Gh5Jk7Lz9QwE"), null, java.util.Map.of("department", "marketing")),
                new SampleChannel(EUW1, "SpinClass001", "spin-class", "LOW", "STANDARD", null, false, false,
                        arn(EUW1, "Eu5Cd6Ef7Gh8"), null, java.util.Map.of()),
                // Two years of short clips (thousands of recordings) in the minimal configuration's bucket.
                new SampleChannel(USW2, GeneratedRecordings.CHANNEL_ID, "archive-5000", "LOW", "BASIC", null, false,
                        false, arn(USW2, MINIMAL_ID), null, java.util.Map.of("purpose", "archive")));
    }

    /** The ARNs for the UI's drop-down: the richest first, then the minimal one, then other regions. */
    static List<String> sampleArns() {
        return List.of(
                arn(USW2, RICHEST_ID),
                arn(USW2, MINIMAL_ID),
                arn(USW2, "Fq8Rt0Wn3JcV"),
                arn(USE1, "Tr3Ee4Ww5Qq6"),
                arn(EUW1, "Eu1Wx2Yz3Ab4"),
                arn(APNE1, "Ap9Jp8Tk7Yo6"));
    }

    private static String arn(String region, String id) {
        return "arn:aws:ivs:" + region + ":" + SampleAccount.ACCOUNT_ID + ":recording-configuration/" + id;
    }
}
