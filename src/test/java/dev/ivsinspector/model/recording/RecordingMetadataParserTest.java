package dev.ivsinspector.model.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The documented v1 metadata files (IVS user guide examples), plus members a newer IVS might add. */
class RecordingMetadataParserTest {

    private static final String MEDIA = """
            "media": {
              "hls": {
                %s
                "path": "media/hls", "playlist": "master.m3u8",
                "byte_range_playlist": "byte-range-multivariant.m3u8",
                "renditions": [
                  {"path": "480p30", "playlist": "playlist.m3u8", "resolution_height": 480, "resolution_width": 852},
                  {"path": "audio", "playlist": "playlist.m3u8", "codec_hint": "aac"}
                ],
                "future_member": {"nested": [1, 2, 3]}
              },
              "thumbnails": {"path": "media/thumbnails", "resolution_height": 480, "resolution_width": 852},
              "latest_thumbnail": {"path": "media/latest_thumbnail/thumb.jpg", "resolution_height": 480,
                                   "resolution_width": 852},
              "captions": {"path": "media/captions"}
            }""";

    @Test
    void startedHasNoEndAndNoDuration() {
        RecordingMetadata m = RecordingMetadataParser.parse("""
                {"version": "v1", "channel_arn": "arn:aws:ivs:us-west-2:123456789012:channel/AsXego4U6tnj",
                 "recording_started_at": "2020-06-12T12:53:26Z", "recording_status": "RECORDING_STARTED",
                 "something_new": true, %s}""".formatted(MEDIA.formatted("")));

        assertThat(m.status()).isEqualTo(RecordingStatus.IN_PROGRESS);
        assertThat(m.startedAt()).isEqualTo(Instant.parse("2020-06-12T12:53:26Z"));
        assertThat(m.endedAt()).isNull();
        assertThat(m.duration()).isNull();
        assertThat(m.channelArn()).endsWith("channel/AsXego4U6tnj");
        assertThat(m.renditions()).extracting(Rendition::label).containsExactly("852×480", "audio");
        assertThat(m.masterPlaylistPath()).contains("media/hls/master.m3u8");
        assertThat(m.thumbnailsPath()).isEqualTo("media/thumbnails");
        assertThat(m.latestThumbnail()).isEqualTo("media/latest_thumbnail/thumb.jpg");
    }

    @Test
    void endedHasItsDurationFromTheHlsMember() {
        RecordingMetadata m = RecordingMetadataParser.parse("""
                {"version": "v1", "channel_arn": "arn:aws:ivs:us-west-2:123456789012:channel/AsXego4U6tnj",
                 "recording_ended_at": "2020-06-14T12:53:20Z", "recording_started_at": "2020-06-12T12:53:26Z",
                 "recording_status": "RECORDING_ENDED", %s}""".formatted(MEDIA.formatted("\"duration_ms\": 172794489,")));

        assertThat(m.status()).isEqualTo(RecordingStatus.ENDED);
        assertThat(m.endedAt()).isEqualTo(Instant.parse("2020-06-14T12:53:20Z"));
        assertThat(m.duration().toMillis()).isEqualTo(172_794_489L);
        assertThat(m.statusMessage()).isNull();
    }

    @Test
    void failedCarriesItsReason() {
        RecordingMetadata m = RecordingMetadataParser.parse("""
                {"version": "v1", "channel_arn": "arn:aws:ivs:us-west-2:123456789012:channel/AsXego4U6tnj",
                 "recording_ended_at": "2020-06-14T12:53:20Z", "recording_started_at": "2020-06-12T12:53:26Z",
                 "recording_status": "RECORDING_ENDED_WITH_FAILURE",
                 "recording_status_message": "InternalServerException", %s}"""
                .formatted(MEDIA.formatted("\"duration_ms\": 0,")));

        assertThat(m.status()).isEqualTo(RecordingStatus.FAILED);
        assertThat(m.statusMessage()).isEqualTo("InternalServerException");
        assertThat(m.duration()).isZero();
    }

    @Test
    void aStartFailureAndAnUnknownStatusAreToldApart() {
        assertThat(RecordingMetadataParser.parse("{\"recording_status\": \"RECORDING_START_FAILED\"}").status())
                .isEqualTo(RecordingStatus.FAILED);
        RecordingMetadata odd = RecordingMetadataParser.parse(
                "{\"recording_status\": \"RECORDING_PAUSED\", \"recording_started_at\": \"yesterday\", \"media\": 3}");
        assertThat(odd.status()).isEqualTo(RecordingStatus.UNKNOWN);
        assertThat(odd.statusValue()).isEqualTo("RECORDING_PAUSED");
        assertThat(odd.startedAt()).isNull();
        assertThat(odd.masterPlaylistPath()).isEmpty();
    }

    @Test
    void textThatIsNotAnObjectIsRefusedWithAMessage() {
        assertThatThrownBy(() -> RecordingMetadataParser.parse("<Error>AccessDenied</Error>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> RecordingMetadataParser.parse("[1,2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON object");
    }
}
