package dev.ivsinspector.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class-data archive of a packaged app, made on the user's machine the first time the app starts.
 *
 * <p>The launcher starts the JVM with {@code -XX:SharedArchiveFile=<app dir>/ivs-inspector.jsa}; with that
 * archive the JVM maps the ~6,000 classes start-up needs instead of loading and verifying each one, which
 * halves the time to the first window. The archive is 50 MB, but the JVM makes it in seconds from the class
 * list (0.9 MB) that the package build records in a training run. So the app-image ships only the list, and
 * its first start makes the archive in a low-priority background process, which is what JDK 19's
 * {@code -XX:+AutoCreateSharedArchive} does (our runtime is Java 17). The .deb makes it in its postinst
 * instead, because /opt is not writable by the user.
 *
 * <p>Nothing happens when the archive is there, when the JVM was not started with one ({@code mvn
 * javafx:run}), when the class list is missing or when the directory is not writable (a signed macOS
 * bundle, Program Files): the app then simply starts as it did.
 */
final class ClassDataArchive {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataArchive.class);
    private static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    static final String CLASS_LIST = "cds/ivs-inspector.classlist";
    private static final String TEMPORARY_SUFFIX = ".tmp";
    /** Long enough that the first seconds of use, when the user's first fetch runs, do not share the CPU. */
    private static final Duration DELAY = Duration.ofSeconds(5);

    /** Making {@code archive} from {@code classList} for {@code classPath}: {@code command} writes {@code temporary}. */
    record Job(Path archive, Path classList, String classPath, Path temporary, List<String> command) {
    }

    private ClassDataArchive() {
    }

    /** After a short delay, makes the archive this JVM was told to use if it is missing and can be made. */
    static void makeInBackgroundIfMissing() {
        if (isSharing()) {
            // The JVM maps an archive: ours (made earlier), or the JDK's own when no archive file was named
            // (the JVM never falls back to the JDK's when the named one is missing). Nothing to make.
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(DELAY.toMillis());
                Optional<Job> job = plan(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                        Path.of(System.getProperty("java.home")), System.getProperty("java.class.path"),
                        isSharing(), ProcessHandle.current().pid());
                if (job.isPresent()) {
                    make(job.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                LOG.info("Could not make the class-data archive; the app starts slower until it exists: {}", e.toString());
            }
        }, "class-data-archive");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * The job to run, if the JVM expects an archive that is missing, or present but unused because it was
     * made for other paths (the app was moved after its first start), and it can be made where it belongs.
     *
     * @param sharing whether this JVM maps a class-data archive now
     */
    static Optional<Job> plan(List<String> jvmArguments, Path javaHome, String classPath, boolean sharing, long pid) {
        Optional<Path> expected = jvmArguments.stream()
                .filter(argument -> argument.startsWith(ARCHIVE_OPTION))
                .map(argument -> Path.of(argument.substring(ARCHIVE_OPTION.length())).toAbsolutePath())
                .reduce((first, last) -> last); // the JVM, too, takes the last one given
        if (expected.isEmpty() || classPath == null || classPath.isBlank()) {
            return Optional.empty();
        }
        Path archive = expected.get();
        // An archive made here for this class path that the JVM still refuses is not made again at every start.
        if (Files.exists(archive) && (sharing || classPath.equals(readQuietly(classPathRecord(archive))))) {
            return Optional.empty();
        }
        Path directory = archive.getParent();
        Path classList = directory.resolve(CLASS_LIST);
        Path java = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        if (!Files.isRegularFile(classList) || !Files.isWritable(directory) || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        Path temporary = directory.resolve(archive.getFileName() + "." + pid + TEMPORARY_SUFFIX);
        List<String> command = new ArrayList<>();
        lowPriorityPrefix().ifPresent(command::addAll);
        command.addAll(List.of(java.toString(), "-Xshare:dump", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + temporary,
                // The archive is only used by a JVM whose class path is the one it was made with.
                "-cp", classPath));
        return Optional.of(new Job(archive, classList, classPath, temporary, List.copyOf(command)));
    }

    /**
     * Runs the job. The archive appears complete in one rename or not at all: a JVM starting meanwhile must
     * never map half a file. If the app exits first, the process is stopped and the next start tries again.
     */
    static boolean make(Job job) throws IOException, InterruptedException {
        deleteLeftoversOfEndedProcesses(job.archive());
        long started = System.nanoTime();
        LOG.info("Making the class-data archive {} for faster start-up (once, in the background)", job.archive());
        Process process = new ProcessBuilder(job.command())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Thread stopOnExit = new Thread(() -> {
            process.destroy();
            deleteQuietly(job.temporary());
        }, "class-data-archive-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            int exit = process.waitFor();
            if (exit != 0 || !Files.isRegularFile(job.temporary()) || Files.size(job.temporary()) == 0) {
                LOG.info("Could not make the class-data archive (exit {}); the app starts slower until it exists", exit);
                return false;
            }
            Files.move(job.temporary(), job.archive(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(classPathRecord(job.archive()), job.classPath());
            LOG.info("Class-data archive made in {} ms ({} MB); the next start uses it",
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), Files.size(job.archive()) >> 20);
            return true;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException exiting) {
                // The hook is running or about to: it cleans up.
            }
            deleteQuietly(job.temporary());
        }
    }

    /** Temporary archives of app processes that ended while making one (killed, crashed, powered off). */
    static void deleteLeftoversOfEndedProcesses(Path archive) throws IOException {
        String prefix = archive.getFileName() + ".";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(archive.getParent(), prefix + "*" + TEMPORARY_SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String pid = name.substring(prefix.length(), name.length() - TEMPORARY_SUFFIX.length());
                if (pid.chars().allMatch(Character::isDigit) && !pid.isEmpty()
                        && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    deleteQuietly(file);
                }
            }
        }
    }

    /** Beside the archive: the class path it was made for, which is what the JVM checks before using it. */
    static Path classPathRecord(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".classpath");
    }

    /** "sharing" is in java.vm.info when the JVM maps a class-data archive (as in `java -version`). */
    private static boolean isSharing() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code nice -n 19} where there is one: the dump must not slow down the app the user is working in. */
    private static Optional<List<String>> lowPriorityPrefix() {
        if (isWindows()) {
            return Optional.empty();
        }
        return List.of(Path.of("/usr/bin/nice"), Path.of("/bin/nice")).stream()
                .filter(Files::isExecutable)
                .findFirst()
                .map(nice -> List.of(nice.toString(), "-n", "19"));
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }
}
