package dev.ivsinspector.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thumbnails already fetched, kept on disk by a hash of where they came from, so reopening a configuration
 * draws its pictures without asking S3 again. Bounded: past {@code maxBytes} the oldest files go. Every
 * failure only means a miss; a cache never stops the app.
 */
public final class ThumbnailDiskCache {
    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailDiskCache.class);
    /** How many writes between two checks of the total size. */
    private static final int PRUNE_EVERY = 200;

    private final Path directory;
    private final long maxBytes;
    private final AtomicInteger writes = new AtomicInteger();

    public ThumbnailDiskCache(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /** The default: "thumbnails" in the user's cache directory, at most 256 MB. */
    public static ThumbnailDiskCache forUser() {
        return new ThumbnailDiskCache(CacheDirectory.resolve().resolve("thumbnails"), 256L << 20);
    }

    public Optional<byte[]> read(String source) {
        try {
            Path file = file(source);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void write(String source, byte[] bytes) {
        try {
            // createDirectories on a directory that exists throws and catches inside, once per thumbnail written.
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
            }
            Path file = file(source);
            Path temp = Files.createTempFile(directory, "thumb", ".tmp");
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (writes.incrementAndGet() % PRUNE_EVERY == 0) {
                prune();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not cache a thumbnail in {}", directory, e);
        }
    }

    /** Deletes the oldest files until the cache fits its bound again. */
    public void prune() throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.toString().endsWith(".jpg"))
                    .sorted(Comparator.comparing(ThumbnailDiskCache::modified)).toList();
        }
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        for (Path f : files) {
            if (total <= maxBytes) {
                break;
            }
            total -= Files.size(f);
            Files.deleteIfExists(f);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private Path file(String source) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(hash) + ".jpg");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
