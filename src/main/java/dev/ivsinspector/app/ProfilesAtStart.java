package dev.ivsinspector.app;

import dev.ivsinspector.aws.connection.ProfileCatalog;
import dev.ivsinspector.aws.connection.ProfileLoadResult;
import dev.ivsinspector.ui.common.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Reads the profiles of ~/.aws beside the window's construction. An honest config file is read long before
 * the connection bar needs it; a huge or slow one must not keep the window from opening, so the bar waits at
 * most {@link #WAIT}, shows a progress line, and gets the profiles when they are read.
 */
final class ProfilesAtStart {

    /** Longer than reading any honest config file beside the window's construction; short enough not to be seen. */
    static final Duration WAIT = Duration.ofMillis(300);

    private final CompletableFuture<ProfileLoadResult> loading = new CompletableFuture<>();

    private ProfilesAtStart() {
    }

    static ProfilesAtStart begin(Map<String, String> environment) {
        return begin(() -> ProfileCatalog.forUser(environment).load());
    }

    static ProfilesAtStart begin(Supplier<ProfileLoadResult> reading) {
        ProfilesAtStart start = new ProfilesAtStart();
        Thread reader = new Thread(() -> {
            try {
                start.loading.complete(reading.get());
            } catch (RuntimeException e) {
                start.loading.complete(new ProfileLoadResult(List.of(),
                        List.of(Messages.format("profiles.unreadable", e.getMessage()))));
            }
        }, "read-aws-profiles");
        reader.setDaemon(true);
        reader.start();
        return start;
    }

    /** The profiles if they are read within {@code wait}; else none yet, with a line saying they are loading. */
    ProfileLoadResult now(Duration wait, String loadingLine) {
        try {
            return loading.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new ProfileLoadResult(List.of(), List.of(loadingLine));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProfileLoadResult(List.of(), List.of(loadingLine));
        } catch (ExecutionException e) {
            return new ProfileLoadResult(List.of(), List.of(String.valueOf(e.getCause())));
        }
    }

    /** Runs {@code onFxThread} on the FX thread once the profiles are read. */
    void whenLoaded(Consumer<ProfileLoadResult> onFxThread) {
        loading.thenAccept(result -> Platform.runLater(() -> onFxThread.accept(result)));
    }
}
