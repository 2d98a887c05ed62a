package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.ObjectListing;
import dev.ivsinspector.aws.RecordingsGateway;
import dev.ivsinspector.concurrent.BackgroundThreads;
import dev.ivsinspector.model.recording.RecordingDetails;
import dev.ivsinspector.model.recording.RecordingMetadata;
import dev.ivsinspector.model.recording.RecordingMetadataParser;
import dev.ivsinspector.model.recording.RecordingPrefix;
import dev.ivsinspector.model.recording.RecordingWalker;
import dev.ivsinspector.model.recording.ThumbnailOrder;
import dev.ivsinspector.ui.common.Messages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads one configuration's bucket the way the user guide says to: recordings found by walking the date
 * folders, and what each holds found from its metadata files rather than from fixed paths. Blocking calls:
 * run it off the UI thread.
 */
public final class RecordingReader {
    /** Metadata files are a few KB; anything far larger is not one. */
    static final int MAX_METADATA_BYTES = 1 << 20;
    /** Thumbnails are JPEGs of at most full HD. */
    static final int MAX_THUMBNAIL_BYTES = 8 << 20;
    /** Bounds one folder's listing, so a hostile endless continuation token cannot keep a walk going. */
    static final int MAX_PAGES = 200;
    private static final String STARTED = "recording-started.json";
    private static final String[] FINAL_FIRST = {"recording-failed.json", "recording-ended.json", STARTED};
    /**
     * The order in which a recording's metadata file is asked for when no listing showed it: IVS writes either
     * the ended or the failed file, and most recordings end, so asking for "ended" first saves a request (one
     * that fails with 404) per recording; "started" last, since a final file supersedes it.
     */
    private static final String[] LIKELIEST_FIRST = {"recording-ended.json", "recording-failed.json", STARTED};

    /** Folder listings at once while walking ahead. */
    private static final int LISTERS = 4;

    private final RecordingsGateway gateway;
    private final Executor listers;
    private final String region;
    private final String bucket;
    /** Recording prefix to the key of its ended or failed metadata, as the walk's listings showed them. */
    private final Map<String, String> finalMetadata = new ConcurrentHashMap<>();

    public RecordingReader(RecordingsGateway gateway, String region, String bucket) {
        this.gateway = gateway;
        this.region = region;
        this.bucket = bucket;
        ThreadPoolExecutor pool = new ThreadPoolExecutor(LISTERS, LISTERS, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), BackgroundThreads.factory("recordings-list"));
        // Idle threads end: a reader of a configuration no longer shown leaves nothing running.
        pool.allowCoreThreadTimeOut(true);
        this.listers = pool;
    }

    public String region() {
        return region;
    }

    public String bucket() {
        return bucket;
    }

    /** A walker over one channel's recordings, newest first. */
    public RecordingWalker walker(String accountId, String channelId) {
        RecordingWalker.Lister lister = new RecordingWalker.Lister() {
            @Override
            public List<String> folders(String prefix) {
                return RecordingReader.this.folders(prefix);
            }

            @Override
            public List<String> entries(String prefix, String delimiter) {
                return RecordingReader.this.entries(prefix, delimiter);
            }
        };
        return new RecordingWalker(lister, RecordingPrefix.channelPrefix(accountId, channelId), listers);
    }

    /** Every folder directly under {@code prefix}, all pages. */
    List<String> folders(String prefix) {
        List<String> folders = new ArrayList<>();
        list(prefix, "/", folders, null);
        return folders;
    }

    /**
     * The keys and common prefixes under {@code prefix}, all pages. The final metadata files seen on the way
     * are remembered, so reading a recording's details starts with the file that is there.
     */
    List<String> entries(String prefix, String delimiter) {
        List<String> folders = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        list(prefix, delimiter, folders, keys);
        for (String key : keys) {
            for (String name : FINAL_FIRST) {
                String ending = "events/" + name;
                if (key.endsWith("/" + ending) && !name.equals(STARTED)) {
                    // Failed is checked first, so a recording that somehow has both keeps the failure.
                    finalMetadata.putIfAbsent(key.substring(0, key.length() - ending.length()), key);
                }
            }
        }
        folders.addAll(keys);
        return folders;
    }

    /** Every key under {@code prefix}, all pages. */
    List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        list(prefix, null, null, keys);
        return keys;
    }

    private void list(String prefix, String delimiter, List<String> folders, List<String> keys) {
        String token = null;
        int pages = 0;
        do {
            if (++pages > MAX_PAGES) {
                throw IvsCallException.of(ErrorKind.UNPARSEABLE_RESPONSE, "ListObjectsV2", Messages.format("recordings.listing.endless",
                        prefix, bucket, MAX_PAGES));
            }
            ObjectListing page = gateway.listObjects(region, bucket, prefix, delimiter, token, RecordingsGateway.MAX_KEYS);
            if (folders != null) {
                folders.addAll(page.folders());
            }
            if (keys != null) {
                keys.addAll(page.keys());
            }
            token = page.nextToken();
        } while (token != null);
    }

    /**
     * The recording's newest metadata file and its thumbnails. A metadata file that cannot be read or
     * parsed is reported in {@link RecordingDetails#problem()}, not thrown: the row still shows its path.
     */
    public RecordingDetails details(RecordingPrefix recording) {
        String metadataKey = null;
        byte[] bytes = null;
        // The file the walk's listing showed, then the final files before "started": a final file never goes
        // back to "started", but a recording listed while in progress may have ended since.
        List<String> candidates = new ArrayList<>();
        String listed = finalMetadata.get(recording.key());
        if (listed != null) {
            candidates.add(listed);
        }
        for (String name : LIKELIEST_FIRST) {
            candidates.add(recording.key() + "events/" + name);
        }
        for (String key : candidates) {
            try {
                bytes = gateway.getObject(region, bucket, key, MAX_METADATA_BYTES);
                metadataKey = key;
                break;
            } catch (IvsCallException e) {
                if (e.kind() != ErrorKind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        if (metadataKey == null) {
            return new RecordingDetails(null, null, List.of(), null, Messages.text("recordings.metadata.none"));
        }
        RecordingMetadata metadata;
        try {
            metadata = RecordingMetadataParser.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new RecordingDetails(null, metadataKey, List.of(), null, e.getMessage());
        }
        List<String> thumbnails = metadata.thumbnailsPath() == null ? List.of()
                : ThumbnailOrder.oldestFirst(keys(recording.resolve(folder(metadata.thumbnailsPath()))));
        String latest = metadata.latestThumbnail() == null ? null : recording.resolve(metadata.latestThumbnail());
        return new RecordingDetails(metadata, metadataKey, thumbnails, latest, null);
    }

    /** A thumbnail's bytes (JPEG). */
    public byte[] thumbnail(String key) {
        return gateway.getObject(region, bucket, key, MAX_THUMBNAIL_BYTES);
    }

    private static String folder(String path) {
        return path.endsWith("/") ? path : path + "/";
    }
}
