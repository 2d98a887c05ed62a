package dev.ivsinspector.ui.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.ObjectListing;
import dev.ivsinspector.aws.Page;
import dev.ivsinspector.aws.RecordingsGateway;
import dev.ivsinspector.aws.SdkRecordingsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.model.recording.RecordingDetails;
import dev.ivsinspector.model.recording.RecordingPrefix;
import dev.ivsinspector.model.recording.RecordingStatus;
import dev.ivsinspector.model.recording.RecordingWalker;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.StreamSession;
import software.amazon.awssdk.services.ivs.model.StreamSessionSummary;

/** The recordings of the demo account, read with the real SDK S3 client over HTTP on loopback. */
class RecordingReaderTest {
    static final String ACCOUNT = SampleAccount.ACCOUNT_ID;
    static final String RICH_BUCKET = "prod.live-recordings.us-west-2";
    static final String ARCHIVE_BUCKET = "ivs-minimal-bucket";
    private static DemoEndpoint endpoint;
    private static SdkRecordingsGateway gateway;

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start();
        ConnectionSettings settings = ConnectionSettings.demo(endpoint.uri());
        gateway = new SdkRecordingsGateway(() -> settings);
    }

    @AfterAll
    static void stop() {
        gateway.close();
        endpoint.close();
    }

    private static RecordingReader reader(String region, String bucket) {
        return new RecordingReader(gateway, region, bucket);
    }

    @Test
    void anEndedRecordingsMetadataTakesOneRequestAndAFailedOneTwo() {
        List<RecordingPrefix> all = reader("us-west-2", RICH_BUCKET).walker(ACCOUNT, "MainStage0Ch").next(50);
        List<String> asked = new ArrayList<>();
        RecordingsGateway counting = new RecordingsGateway() {
            @Override
            public ObjectListing listObjects(String region, String bucket, String prefix, String delimiter,
                                             String continuationToken, int maxKeys) {
                return gateway.listObjects(region, bucket, prefix, delimiter, continuationToken, maxKeys);
            }

            @Override
            public byte[] getObject(String region, String bucket, String key, int maxBytes) {
                asked.add(key.substring(key.lastIndexOf('/') + 1));
                return gateway.getObject(region, bucket, key, maxBytes);
            }

            @Override
            public URI presignGet(String region, String bucket, String key, Duration validFor) {
                return gateway.presignGet(region, bucket, key, validFor);
            }

            @Override
            public URI objectUrl(String region, String bucket, String key) {
                return gateway.objectUrl(region, bucket, key);
            }

            @Override
            public Page<StreamSessionSummary> listStreamSessions(String channelArn, String nextToken) {
                return gateway.listStreamSessions(channelArn, nextToken);
            }

            @Override
            public StreamSession getStreamSession(String channelArn, String streamId) {
                return gateway.getStreamSession(channelArn, streamId);
            }
        };
        RecordingReader reader = new RecordingReader(counting, "us-west-2", RICH_BUCKET);

        assertThat(reader.details(all.get(3)).status()).isEqualTo(RecordingStatus.ENDED);
        assertThat(asked).containsExactly("recording-ended.json");
        asked.clear();
        assertThat(reader.details(all.get(2)).status()).isEqualTo(RecordingStatus.FAILED);
        assertThat(asked).containsExactly("recording-ended.json", "recording-failed.json");
    }

    @Test
    void walksAChannelNewestFirstAndReadsEachStatusFromItsMetadata() {
        RecordingWalker walker = reader("us-west-2", RICH_BUCKET).walker(ACCOUNT, "MainStage0Ch");
        List<RecordingPrefix> all = walker.next(50);

        assertThat(all).extracting(RecordingPrefix::recordingId)
                .containsExactly("LiveNow0001a", "Merged00002b", "Failed00003c", "Ended000004d", "Ended000005e");
        assertThat(walker.isExhausted()).isTrue();
        RecordingReader reader = reader("us-west-2", RICH_BUCKET);
        RecordingDetails live = reader.details(all.get(0));
        RecordingDetails merged = reader.details(all.get(1));
        RecordingDetails failed = reader.details(all.get(2));
        assertThat(live.status()).isEqualTo(RecordingStatus.IN_PROGRESS);
        assertThat(live.metadata().endedAt()).isNull();
        assertThat(merged.status()).isEqualTo(RecordingStatus.ENDED);
        assertThat(merged.metadata().duration().toMinutes()).isEqualTo(48);
        assertThat(failed.status()).isEqualTo(RecordingStatus.FAILED);
        assertThat(failed.metadata().statusMessage()).isEqualTo("InternalServerException");
        assertThat(failed.metadataKey()).endsWith("/events/recording-failed.json");
        // The richest configuration keeps SEQUENTIAL and LATEST thumbnails: the row shows the LATEST one.
        assertThat(merged.thumbnailKeys()).hasSizeGreaterThan(10);
        assertThat(merged.coverThumbnail()).contains(all.get(1).key() + "media/latest_thumbnail/thumb.jpg");
        assertThat(merged.metadata().masterPlaylistPath()).contains("media/hls/master.m3u8");
        byte[] jpeg = reader.thumbnail(merged.thumbnailKeys().get(0));
        assertThat(jpeg).hasSizeBetween(1000, 40_000);
        assertThat(jpeg[0] & 0xff).isEqualTo(0xff);
        assertThat(jpeg[1] & 0xff).isEqualTo(0xd8);
    }

    @Test
    void aRecordingTheWalkSawEndedIsReadWithOneMetadataGetAndAnInProgressOneStillFindsItsFile() {
        List<String> gets = new ArrayList<>();
        RecordingsGateway counting = (RecordingsGateway) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {RecordingsGateway.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getObject")) {
                        gets.add((String) args[2]);
                    }
                    try {
                        return method.invoke(gateway, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        RecordingReader reader = new RecordingReader(counting, "us-west-2", RICH_BUCKET);
        List<RecordingPrefix> all = reader.walker(ACCOUNT, "MainStage0Ch").next(50);

        assertThat(reader.details(all.get(3)).status()).isEqualTo(RecordingStatus.ENDED);
        assertThat(gets).containsExactly(all.get(3).key() + "events/recording-ended.json");
        gets.clear();
        assertThat(reader.details(all.get(0)).status()).isEqualTo(RecordingStatus.IN_PROGRESS);
        assertThat(gets).last().isEqualTo(all.get(0).key() + "events/recording-started.json");
    }

    @Test
    void thumbnailsComeInTimeOrderNotTextOrder() {
        RecordingReader reader = reader("us-west-2", RICH_BUCKET);
        RecordingPrefix merged = reader.walker(ACCOUNT, "MainStage0Ch").next(2).get(1);
        List<String> keys = reader.details(merged).thumbnailKeys();
        assertThat(keys.get(2)).endsWith("/thumb2.jpg");
        assertThat(keys.get(10)).endsWith("/thumb10.jpg");
    }

    @Test
    void walksTheArchiveChannelNewestFirstAcrossYearsInSmallSteps() {
        RecordingWalker walker = reader("us-west-2", ARCHIVE_BUCKET).walker(ACCOUNT, "Archive5000Ch");
        List<RecordingPrefix> first = walker.next(30);
        List<RecordingPrefix> second = walker.next(30);

        assertThat(first).hasSize(30);
        assertThat(second).hasSize(30);
        List<RecordingPrefix> both = new ArrayList<>(first);
        both.addAll(second);
        assertThat(both).extracting(RecordingPrefix::startMinute).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(first.get(0).startMinute()).isAfter(Instant.now().minusSeconds(2 * 3600));
        assertThat(walker.isExhausted()).isFalse();
    }

    @Test
    void listingPagesWithContinuationTokensGiveTheWholeListingOnce() {
        String prefix = RecordingPrefix.channelPrefix(ACCOUNT, "MainStage0Ch");
        List<String> oneGo = gateway.listObjects("us-west-2", RICH_BUCKET, prefix, null, null, 1000).keys();
        List<String> paged = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ObjectListing page = gateway.listObjects("us-west-2", RICH_BUCKET, prefix, null, token, 7);
            assertThat(page.keys()).hasSizeLessThanOrEqualTo(7);
            paged.addAll(page.keys());
            token = page.nextToken();
            pages++;
        } while (token != null);
        assertThat(oneGo).hasSizeGreaterThan(50).isSorted();
        assertThat(paged).isEqualTo(oneGo);
        assertThat(pages).isEqualTo((oneGo.size() + 6) / 7);
    }

    @Test
    void foldersWithADelimiterPageToo() {
        String day = RecordingPrefix.channelPrefix(ACCOUNT, "Archive5000Ch");
        List<String> years = gateway.listObjects("us-west-2", ARCHIVE_BUCKET, day, "/", null, 1000).folders();
        ObjectListing firstPage = gateway.listObjects("us-west-2", ARCHIVE_BUCKET, day, "/", null, 1);
        ObjectListing secondPage = gateway.listObjects("us-west-2", ARCHIVE_BUCKET, day, "/", firstPage.nextToken(), 1);

        assertThat(years).hasSizeBetween(2, 4);
        assertThat(firstPage.folders()).containsExactly(years.get(0));
        assertThat(secondPage.folders()).containsExactly(years.get(1));
        assertThat(firstPage.keys()).isEmpty();
    }

    @Test
    void aChannelWithoutRecordingsHasNone() {
        RecordingWalker walker = reader("us-west-2", RICH_BUCKET).walker(ACCOUNT, "NoSuchChannel");
        assertThat(walker.next(10)).isEmpty();
        assertThat(walker.isExhausted()).isTrue();
    }

    @Test
    void aBucketThatRefusesTheCallerSaysAccessDeniedWithARequestId() {
        IvsCallException denied = catchThrowableOfType(IvsCallException.class,
                () -> reader("us-east-1", "corp-town-hall-recordings").walker(ACCOUNT, "Any").next(1));
        assertThat(denied.kind()).isEqualTo(ErrorKind.ACCESS_DENIED);
        assertThat(denied.errorCode()).isEqualTo("AccessDenied");
        assertThat(denied.operation()).isEqualTo("ListObjectsV2");
        assertThat(denied.requestId()).isNotBlank();
    }

    @Test
    void aMissingBucketIsNotFound() {
        IvsCallException missing = catchThrowableOfType(IvsCallException.class,
                () -> reader("us-east-1", "staging-recordings-missing-bucket").walker(ACCOUNT, "Any").next(1));
        assertThat(missing.kind()).isEqualTo(ErrorKind.NOT_FOUND);
        assertThat(missing.errorCode()).isEqualTo("NoSuchBucket");
    }

    @Test
    void aBucketInAnotherRegionIsReachedThroughItsRedirect() {
        // Asked as us-west-2; the bucket is in us-east-1 and answers 301 with x-amz-bucket-region.
        List<RecordingPrefix> found = reader("us-west-2", "webinar-archive.us-east-1")
                .walker(ACCOUNT, "WebinarRoom1").next(5);
        assertThat(found).extracting(RecordingPrefix::recordingId).containsExactly("Webinar001i0");
    }
}
