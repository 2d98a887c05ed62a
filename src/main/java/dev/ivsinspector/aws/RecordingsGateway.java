package dev.ivsinspector.aws;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.services.ivs.model.StreamSession;
import software.amazon.awssdk.services.ivs.model.StreamSessionSummary;

/**
 * The application's door to what a configuration recorded: S3 reads of the configuration's bucket and the
 * IVS stream sessions of its channels. Read calls only. Every failure is an {@link IvsCallException}.
 */
public interface RecordingsGateway {

    /** The largest page ListObjectsV2 returns. */
    int MAX_KEYS = 1000;

    /** One page of ListObjectsV2; delimiter null lists every key under the prefix. */
    ObjectListing listObjects(String region, String bucket, String prefix, String delimiter, String continuationToken,
                              int maxKeys);

    /** The object's bytes; refuses (ErrorKind.UNPARSEABLE_RESPONSE) an object larger than {@code maxBytes}. */
    byte[] getObject(String region, String bucket, String key, int maxBytes);

    /** A presigned HTTPS GET for the object, valid for {@code validFor}; computed locally, no request. */
    URI presignGet(String region, String bucket, String key, Duration validFor);

    /** The object's plain URL (what the S3 console calls the object URL); computed locally. */
    URI objectUrl(String region, String bucket, String key);

    /** One page of the channel's recent live sessions (ListStreamSessions), newest first. */
    Page<StreamSessionSummary> listStreamSessions(String channelArn, String nextToken);

    /** One live session with its recording configuration and events (GetStreamSession). */
    StreamSession getStreamSession(String channelArn, String streamId);
}
