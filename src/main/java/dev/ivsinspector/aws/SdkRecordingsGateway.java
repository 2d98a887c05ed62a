package dev.ivsinspector.aws;

import dev.ivsinspector.i18n.Texts;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.ListStreamSessionsResponse;
import software.amazon.awssdk.services.ivs.model.StreamSession;
import software.amazon.awssdk.services.ivs.model.StreamSessionSummary;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * {@link RecordingsGateway} over the SDK. Clients are built per region on first use and rebuilt when the
 * connection changes (another profile or endpoint means other keys and another place to ask).
 */
public final class SdkRecordingsGateway implements RecordingsGateway, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SdkRecordingsGateway.class);

    /** The clients of one connection. */
    private record Clients(ConnectionSettings settings, Map<String, S3Client> s3, Map<String, S3Presigner> presigners,
                           Map<String, IvsClient> ivs) {
        void close() {
            presigners.values().forEach(S3Presigner::close);
            s3.values().forEach(S3Client::close);
            ivs.values().forEach(IvsClient::close);
        }
    }

    private final Supplier<ConnectionSettings> connection;
    private volatile Clients clients;

    /** @param connection the connection in use now; asked before every call */
    public SdkRecordingsGateway(Supplier<ConnectionSettings> connection) {
        this.connection = connection;
    }

    @Override
    public ObjectListing listObjects(String region, String bucket, String prefix, String delimiter,
                                     String continuationToken, int maxKeys) {
        ListObjectsV2Response response = s3Call("ListObjectsV2", region, s3 -> s3.listObjectsV2(r -> r.bucket(bucket)
                .prefix(prefix).delimiter(delimiter).continuationToken(continuationToken).maxKeys(maxKeys)));
        return new ObjectListing(response.commonPrefixes().stream().map(CommonPrefix::prefix).toList(),
                response.contents().stream().map(S3Object::key).toList(),
                Boolean.TRUE.equals(response.isTruncated()) ? response.nextContinuationToken() : null);
    }

    @Override
    public byte[] getObject(String region, String bucket, String key, int maxBytes) {
        ResponseTransformer<GetObjectResponse, byte[]> bounded = (response, in) -> {
            if (response.contentLength() != null && response.contentLength() > maxBytes) {
                throw new IOException(tooLarge(key, maxBytes));
            }
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException(tooLarge(key, maxBytes));
            }
            return bytes;
        };
        return s3Call("GetObject", region, s3 -> s3.getObject(r -> r.bucket(bucket).key(key), bounded));
    }

    private static String tooLarge(String key, int maxBytes) {
        return Texts.format("recordings.objectTooLarge", key, maxBytes);
    }

    @Override
    public URI presignGet(String region, String bucket, String key, Duration validFor) {
        try {
            return presigner(region).presignGetObject(r -> r.signatureDuration(validFor)
                    .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toURI();
        } catch (URISyntaxException | RuntimeException e) {
            throw SdkErrorClassifier.classify("PresignGetObject", e, null);
        }
    }

    @Override
    public URI objectUrl(String region, String bucket, String key) {
        try {
            return s3(region).utilities().getUrl(r -> r.bucket(bucket).key(key)).toURI();
        } catch (URISyntaxException | RuntimeException e) {
            throw SdkErrorClassifier.classify("GetUrl", e, null);
        }
    }

    @Override
    public Page<StreamSessionSummary> listStreamSessions(String channelArn, String nextToken) {
        ListStreamSessionsResponse response = ivsCall("ListStreamSessions", regionOf(channelArn),
                c -> c.listStreamSessions(r -> r.channelArn(channelArn).maxResults(100).nextToken(nextToken)));
        String token = response.nextToken();
        return new Page<>(response.streamSessions(), token == null || token.isEmpty() ? null : token);
    }

    @Override
    public StreamSession getStreamSession(String channelArn, String streamId) {
        return ivsCall("GetStreamSession", regionOf(channelArn),
                c -> c.getStreamSession(r -> r.channelArn(channelArn).streamId(streamId)).streamSession());
    }

    private static String regionOf(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6 || parts[3].isEmpty()) {
            throw IvsCallException.of(ErrorKind.VALIDATION, "ListStreamSessions", Texts.format("recordings.notChannelArn", arn));
        }
        return parts[3];
    }

    private <T> T s3Call(String operation, String region, Function<S3Client, T> request) {
        return call(operation, region, () -> request.apply(s3(region)));
    }

    private <T> T ivsCall(String operation, String region, Function<IvsClient, T> request) {
        return call(operation, region, () -> request.apply(current().ivs().computeIfAbsent(region,
                r -> new IvsClientFactory(current().settings()).create(r))));
    }

    private <T> T call(String operation, String region, Supplier<T> request) {
        RequestIdRecorder.clear();
        try {
            return request.get();
        } catch (RuntimeException e) {
            IvsCallException failure = SdkErrorClassifier.classify(operation, e, RequestIdRecorder.last());
            if (failure.kind() == ErrorKind.NOT_FOUND && operation.equals("GetObject")) {
                // Expected: the reader asks for the most final metadata file first.
                LOG.debug("{} in {}: {} (request id {})", operation, region, failure.errorCode(), failure.requestId());
            } else {
                LOG.info("{} in {} failed: {} (code {}, status {}, request id {})", operation, region,
                        failure.kind(), failure.errorCode(), failure.httpStatus(), failure.requestId());
            }
            throw failure;
        }
    }

    private S3Client s3(String region) {
        Clients now = current();
        return now.s3().computeIfAbsent(region, r -> new S3ClientFactory(now.settings()).create(r));
    }

    private S3Presigner presigner(String region) {
        S3Client client = s3(region);
        Clients now = current();
        return now.presigners().computeIfAbsent(region, r -> new S3ClientFactory(now.settings()).presigner(client, r));
    }

    private Clients current() {
        ConnectionSettings settings = connection.get();
        Clients now = clients;
        if (now != null && now.settings().equals(settings)) {
            return now;
        }
        synchronized (this) {
            if (clients == null || !clients.settings().equals(settings)) {
                Clients previous = clients;
                clients = new Clients(settings, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                        new ConcurrentHashMap<>());
                if (previous != null) {
                    previous.close();
                }
            }
            return clients;
        }
    }

    @Override
    public void close() {
        Clients now = clients;
        if (now != null) {
            now.close();
        }
    }
}
