package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.demo.DemoEndpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.StreamSession;
import software.amazon.awssdk.services.ivs.model.StreamSessionSummary;

/**
 * Links and live sessions with the real SDK (S3 presigner, IVS client) against the demo endpoint; the links
 * are then fetched with a plain HTTP client, as a browser or a player would.
 */
class SdkRecordingsGatewayTest {
    private static final String BUCKET = "prod.live-recordings.us-west-2";
    private static final String CHANNEL = "arn:aws:ivs:us-west-2:123456789012:channel/MainStage0Ch";
    private static DemoEndpoint endpoint;
    private static SdkRecordingsGateway gateway;
    private static String playlist;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start();
        ConnectionSettings settings = ConnectionSettings.demo(endpoint.uri());
        gateway = new SdkRecordingsGateway(() -> settings);
        playlist = gateway.listObjects("us-west-2", BUCKET, "ivs/v1/", null, null, 1000).keys().stream()
                .filter(k -> k.endsWith("/media/hls/master.m3u8")).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        gateway.close();
        endpoint.close();
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPresignedUrlPointsAtTheEndpointAndIsAccepted() throws Exception {
        URI url = gateway.presignGet("us-west-2", BUCKET, playlist, Duration.ofHours(1));

        assertThat(url.toString()).startsWith(endpoint.uri() + "/" + BUCKET + "/ivs/v1/")
                .contains("X-Amz-Expires=3600").contains("X-Amz-Signature=");
        HttpResponse<String> answer = get(url);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).startsWith("#EXTM3U").contains("/playlist.m3u8");
        assertThat(answer.body()).isEqualTo(new String(gateway.getObject("us-west-2", BUCKET, playlist, 1 << 20)));
    }

    @Test
    void aPresignedUrlExpires() throws Exception {
        URI url = gateway.presignGet("us-west-2", BUCKET, playlist, Duration.ofSeconds(1));
        assertThat(get(url).statusCode()).isEqualTo(200);

        Thread.sleep(2_100);
        HttpResponse<String> late = get(url);

        assertThat(late.statusCode()).isEqualTo(403);
        assertThat(late.body()).contains("<Code>AccessDenied</Code>").contains("<Message>Request has expired</Message>")
                .contains("<X-Amz-Expires>1</X-Amz-Expires>");
    }

    @Test
    void aChangedUrlIsRefused() throws Exception {
        String url = gateway.presignGet("us-west-2", BUCKET, playlist, Duration.ofHours(1)).toString();
        String otherKey = url.replace("master.m3u8", "byte-range-multivariant.m3u8");
        String otherTime = url.replace("X-Amz-Expires=3600", "X-Amz-Expires=7200");

        assertThat(get(URI.create(otherKey)).body()).contains("<Code>SignatureDoesNotMatch</Code>");
        assertThat(get(URI.create(otherTime)).body()).contains("<Code>SignatureDoesNotMatch</Code>");
    }

    @Test
    void theObjectUrlIsPathStyleOnTheEndpoint() {
        assertThat(gateway.objectUrl("us-west-2", BUCKET, playlist).toString())
                .isEqualTo(endpoint.uri() + "/" + BUCKET + "/" + playlist);
    }

    @Test
    void liveSessionsComeNewestFirstWithTheirEvents() {
        Page<StreamSessionSummary> sessions = gateway.listStreamSessions(CHANNEL, null);
        List<StreamSessionSummary> items = sessions.items();
        assertThat(items).hasSizeGreaterThanOrEqualTo(6);
        assertThat(items).extracting(StreamSessionSummary::startTime)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        StreamSessionSummary missed = items.stream().filter(s -> s.streamId().equals("st-MissedRecording0001"))
                .findFirst().orElseThrow();
        assertThat(missed.hasErrorEvent()).isTrue();

        StreamSession session = gateway.getStreamSession(CHANNEL, missed.streamId());
        assertThat(session.recordingConfiguration().arn()).endsWith("recording-configuration/AbCdEf123456");
        assertThat(session.truncatedEvents()).extracting(e -> e.name()).contains("Recording Start Failure")
                .doesNotContain("Recording Start");
    }
}
