package dev.ivsinspector.startup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes the JDK's AOT cache that the launcher names with {@code -XX:AOTCache=} when the file is not there yet:
 * a training run of the app in a child JVM with the same options and class path (the cache only holds for
 * those), headless and in the demo account, writing a temporary file that is moved into place when complete.
 *
 * <p>The packages leave the cache out (it is larger than the rest of the app) and make it where the app lands:
 * the Linux packages' install script runs {@code --make-aot-cache}, and an unpacked app-image makes it in the
 * background on its first start. Where the app's folder is not writable nothing happens; the app only starts
 * slower.
 */
public final class AotCacheTraining {

    /** The launcher's option that names the cache; the JVM goes on without one when the file is missing. */
    static final String CACHE_OPTION = "-XX:AOTCache=";
    private static final List<String> NOT_INHERITED = List.of("-XX:AOTCache", "-XX:AOTMode", "-XX:AOTConfiguration",
            "-Xlog:aot", "-Djava.class.path=", "-D" + StartupMode.PROPERTY + "=", "-Dglass.platform=",
            "-Dprism.order=", "-Divsinspector.configDir=");
    /** A training run that takes longer than this has hung: the child is stopped and nothing is kept. */
    private static final Duration TIME_LIMIT = Duration.ofMinutes(5);
    /** After a failed attempt the app does not try again on every start, only after this long. */
    private static final Duration RETRY_AFTER = Duration.ofDays(7);
    private static final Path NICE = Path.of("/usr/bin/nice");

    private final Path cache;
    private final List<String> jvmOptions;
    private final String javaHome;
    private final String classPath;
    private final String mainClass;
    private final List<String> appArguments;

    /**
     * @param jvmOptions   this JVM's options (the launcher's), from which the child takes all but the cache's own
     * @param mainClass    the class the launcher starts
     * @param appArguments what the training run opens (the demo account and a sample ARN)
     */
    AotCacheTraining(Path cache, List<String> jvmOptions, String javaHome, String classPath, String mainClass,
            List<String> appArguments) {
        this.cache = cache;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.javaHome = javaHome;
        this.classPath = classPath;
        this.mainClass = mainClass;
        this.appArguments = List.copyOf(appArguments);
    }

    /** The training this JVM's launcher asks for, if it names an AOT cache. */
    public static Optional<AotCacheTraining> forThisJvm(String mainClass, List<String> appArguments) {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return requestedCache(options).map(cache -> new AotCacheTraining(cache, options,
                System.getProperty("java.home"), System.getProperty("java.class.path"), mainClass, appArguments));
    }

    static Optional<Path> requestedCache(List<String> jvmOptions) {
        return jvmOptions.stream()
                .filter(option -> option.startsWith(CACHE_OPTION))
                .map(option -> Path.of(option.substring(CACHE_OPTION.length())).toAbsolutePath())
                .reduce((first, last) -> last); // as for the JVM, the last one counts
    }

    public Path cache() {
        return cache;
    }

    /** Whether a start should make the cache: it is missing, its folder is writable, no recent attempt failed. */
    public boolean worthTrying() {
        Path folder = cache.getParent();
        if (Files.exists(cache) || folder == null || !Files.isWritable(folder)) {
            return false;
        }
        try {
            Path failed = failureMarker();
            return !Files.exists(failed)
                    || Files.getLastModifiedTime(failed).toInstant().plus(RETRY_AFTER).isBefore(Instant.now());
        } catch (IOException e) {
            return true;
        }
    }

    /** The child's command: this JVM's options and class path, writing the cache to {@code output}. */
    List<String> command(Path output, Path scratch) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(javaHome, "bin", "java").toString());
        jvmOptions.stream().filter(AotCacheTraining::inherited).forEach(command::add);
        command.add("-XX:AOTCacheOutput=" + output);
        command.add("-D" + StartupMode.PROPERTY + "=training");
        // No display needed (an install script has none) and no window on the user's screen.
        command.add("-Dglass.platform=Headless");
        command.add("-Dprism.order=sw");
        command.add("-Divsinspector.configDir=" + scratch.resolve("config"));
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(appArguments);
        return command;
    }

    private static boolean inherited(String option) {
        return NOT_INHERITED.stream().noneMatch(option::startsWith);
    }

    /**
     * Runs the training and moves the cache into place. Blocks for as long as the training takes; if this JVM
     * exits first, the training is stopped with it.
     *
     * @param besideTheUser lowers the child's priority where the system has {@code nice}: the user is working
     * @return empty when the cache is in place, else what went wrong
     */
    public Optional<String> run(boolean besideTheUser) {
        Path folder = cache.getParent();
        Path scratch = null;
        Path output = folder.resolve("." + cache.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            scratch = Files.createTempDirectory("ivs-inspector-training");
            List<String> command = new ArrayList<>(command(output, scratch));
            if (besideTheUser && Files.isExecutable(NICE)) {
                command.addAll(0, List.of(NICE.toString(), "-n", "10"));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(scratch.resolve("training.log").toFile());
            isolate(builder.environment(), scratch);
            Process child = builder.start();
            Thread stopChild = new Thread(() -> stop(child));
            Runtime.getRuntime().addShutdownHook(stopChild);
            boolean ended = child.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
            Runtime.getRuntime().removeShutdownHook(stopChild);
            if (!ended) {
                stop(child);
                return failed("the training run did not end within " + TIME_LIMIT.toMinutes() + " minutes");
            }
            if (child.exitValue() != 0 || !Files.isRegularFile(output)) {
                return failed("the training run ended with exit status " + child.exitValue() + " and no cache");
            }
            Files.move(output, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(failureMarker());
            return Optional.empty();
        } catch (IOException e) {
            return failed("could not run the training: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        } finally {
            deleteQuietly(output);
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
    }

    private static void stop(Process child) {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
    }

    /** The training run must not see the user's AWS set-up or change their settings; it uses the demo account. */
    private static void isolate(Map<String, String> environment, Path scratch) {
        environment.remove("JAVA_TOOL_OPTIONS");
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("_JAVA_OPTIONS");
        environment.put("HOME", scratch.toString());
        environment.put("AWS_CONFIG_FILE", scratch.resolve("none").toString());
        environment.put("AWS_SHARED_CREDENTIALS_FILE", scratch.resolve("none").toString());
    }

    private Optional<String> failed(String reason) {
        try {
            Files.writeString(failureMarker(), reason + System.lineSeparator());
        } catch (IOException e) {
            // The marker only spares later starts a second attempt; without it they try again.
        }
        return Optional.of(reason);
    }

    private Path failureMarker() {
        return cache.resolveSibling(cache.getFileName() + ".failed");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file in the app's folder; the next attempt uses another name
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(AotCacheTraining::deleteQuietly);
        } catch (IOException e) {
            // a temporary folder: the system clears it in time
        }
    }
}
