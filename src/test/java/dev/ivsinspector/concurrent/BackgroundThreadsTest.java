package dev.ivsinspector.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundThreadsTest {

    @Test
    void aBackgroundThreadIsADaemonNamedInTurnAtTheLowestJavaPriority() {
        var factory = BackgroundThreads.factory("org-list");
        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });

        assertThat(first.getName()).isEqualTo("org-list-1");
        assertThat(second.getName()).isEqualTo("org-list-2");
        assertThat(first.isDaemon()).isTrue();
        assertThat(first.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    }

    @Test
    void onLinuxABackgroundThreadRunsAtAHigherNiceValueThanTheThreadThatMadeIt() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only");
        CompletableFuture<Integer> niceInside = new CompletableFuture<>();
        Thread thread = BackgroundThreads.factory("probe").newThread(() -> {
            try {
                niceInside.complete(currentNice());
            } catch (IOException e) {
                niceInside.completeExceptionally(e);
            }
        });
        thread.start();

        assertThat(niceInside.get(10, TimeUnit.SECONDS)).isEqualTo(currentNice() + BackgroundThreads.NICE);
    }

    /** Field 19 of /proc/thread-self/stat, counted after the command name's closing parenthesis. */
    private static int currentNice() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[16]);
    }
}
