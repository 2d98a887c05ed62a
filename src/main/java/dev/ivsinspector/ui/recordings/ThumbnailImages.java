package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.concurrent.BackgroundThreads;
import dev.ivsinspector.store.ThumbnailDiskCache;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thumbnails as images of the size they are shown at: fetched and decoded on a few background threads
 * (newest request first, requests nobody waits for any more skipped), kept in a memory cache bounded in
 * bytes of decoded pixels, and on disk. A missing or broken picture is reported as such, never thrown.
 */
public final class ThumbnailImages {
    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailImages.class);

    private final ThumbnailDiskCache disk;
    private final long memoryBudget;
    private final ThreadPoolExecutor workers;
    private final Map<String, Image> memory = new LinkedHashMap<>(64, 0.75f, true);
    private long memoryBytes;
    private long peakMemoryBytes;

    /**
     * @param memoryBudget bytes of decoded pixels kept in memory at most
     * @param threads      fetches and decodes at once
     */
    public ThumbnailImages(ThumbnailDiskCache disk, long memoryBudget, int threads) {
        this.disk = disk;
        this.memoryBudget = memoryBudget;
        // A deque used as a stack: the picture asked for last is the one on screen now.
        LinkedBlockingDeque<Runnable> newestFirst = new LinkedBlockingDeque<>() {
            @Override
            public boolean offer(Runnable runnable) {
                return offerFirst(runnable);
            }
        };
        this.workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, newestFirst,
                BackgroundThreads.factory("thumbnail"));
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** The cached image, at once, or empty. Call on the FX thread. */
    public synchronized Optional<Image> cached(String source, double width, double height) {
        return Optional.ofNullable(memory.get(cacheKey(source, width, height)));
    }

    /**
     * Fetches ({@code fetch} runs on a worker), decodes at {@code width}×{@code height} and hands the image to
     * {@code onImage} on the FX thread; {@code onMissing} when it cannot be had.
     *
     * @param source      a stable name of the picture (bucket and key) for the caches
     * @param keepOnDisk  false for a picture that may still change (the LATEST thumbnail of a live recording)
     */
    public void load(String source, ThrowingFetch fetch, boolean keepOnDisk, double width, double height,
                     BooleanSupplier stillWanted, Consumer<Image> onImage, Runnable onMissing) {
        Optional<Image> hit = cached(source, width, height);
        if (hit.isPresent()) {
            onImage.accept(hit.get());
            return;
        }
        workers.execute(() -> {
            if (!stillWanted.getAsBoolean()) {
                return;
            }
            Image image = fetchAndDecode(source, fetch, keepOnDisk, width, height);
            Platform.runLater(() -> {
                if (image == null) {
                    onMissing.run();
                } else {
                    remember(cacheKey(source, width, height), image);
                    onImage.accept(image);
                }
            });
        });
    }

    /** What fetches the picture's bytes; may throw anything. */
    @FunctionalInterface
    public interface ThrowingFetch {
        byte[] fetch() throws Exception;
    }

    private Image fetchAndDecode(String source, ThrowingFetch fetch, boolean keepOnDisk, double width, double height) {
        try {
            Optional<byte[]> stored = keepOnDisk ? disk.read(source) : Optional.empty();
            byte[] bytes = stored.isPresent() ? stored.get() : fetch.fetch();
            Image image = new Image(new ByteArrayInputStream(bytes), width, height, true, true);
            if (image.isError()) {
                return null;
            }
            if (keepOnDisk && stored.isEmpty()) {
                disk.write(source, bytes);
            }
            return image;
        } catch (Exception e) {
            LOG.debug("Thumbnail {} could not be loaded", source, e);
            return null;
        }
    }

    private synchronized void remember(String key, Image image) {
        Image previous = memory.put(key, image);
        memoryBytes += cost(image) - (previous == null ? 0 : cost(previous));
        var eldest = memory.entrySet().iterator();
        while (memoryBytes > memoryBudget && eldest.hasNext()) {
            Image dropped = eldest.next().getValue();
            eldest.remove();
            memoryBytes -= cost(dropped);
        }
        peakMemoryBytes = Math.max(peakMemoryBytes, memoryBytes);
    }

    private static long cost(Image image) {
        return (long) image.getWidth() * (long) image.getHeight() * 4;
    }

    private static String cacheKey(String source, double width, double height) {
        return source + "@" + (int) width + "x" + (int) height;
    }

    /** Bytes of decoded pixels held now. */
    public synchronized long memoryBytes() {
        return memoryBytes;
    }

    /** The most bytes of decoded pixels ever held at once. */
    public synchronized long peakMemoryBytes() {
        return peakMemoryBytes;
    }

    public long memoryBudget() {
        return memoryBudget;
    }
}
