package dev.ivsinspector.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTest {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path app;
    private Path archive;
    private Path classPath;

    @BeforeEach
    void anAppDirectoryWithAClassList() throws IOException {
        archive = app.resolve("ivs-inspector.jsa");
        Files.createDirectories(app.resolve("cds"));
        // A few classes of the JDK and one from a jar on the class path, as the training run writes them.
        Files.writeString(app.resolve(ClassDataArchive.CLASS_LIST),
                "java/lang/Object\njava/lang/String\njava/util/ArrayList\nHello\n");
        // CDS takes classes from jars only, as in the app-image.
        Path sources = Files.createDirectories(app.resolve("src"));
        Path source = Files.writeString(sources.resolve("Hello.java"), "public class Hello {}\n");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, source.toString())).isZero();
        classPath = app.resolve("hello.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(classPath))) {
            jar.putNextEntry(new JarEntry("Hello.class"));
            jar.write(Files.readAllBytes(sources.resolve("Hello.class")));
        }
    }

    @Test
    void makesTheMissingArchiveThatTheJvmWasToldToUseAndTheJvmCanUseIt() throws Exception {
        ClassDataArchive.Job job = ClassDataArchive.plan(jvmArguments(), JAVA_HOME, classPath.toString(), false, 42).orElseThrow();

        assertThat(ClassDataArchive.make(job)).isTrue();

        assertThat(archive).isRegularFile();
        assertThat(Files.size(archive)).isGreaterThan(100_000);
        assertThat(job.temporary()).doesNotExist();
        // -Xshare:on refuses to start if the archive cannot be mapped or its class path does not match.
        Process check = new ProcessBuilder(JAVA_HOME.resolve("bin/java").toString(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + archive, "-cp", classPath.toString(), "-version")
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains("sharing");
    }

    @Test
    void nothingToDoWhenTheJvmWasStartedWithoutAnArchive() {
        assertThat(ClassDataArchive.plan(List.of("-Xmx256m"), JAVA_HOME, classPath.toString(), false, 42)).isEmpty();
    }

    @Test
    void nothingToDoWhenTheArchiveExistsAndIsInUse() throws IOException {
        Files.writeString(archive, "made earlier");
        assertThat(ClassDataArchive.plan(jvmArguments(), JAVA_HOME, classPath.toString(), true, 42)).isEmpty();
    }

    @Test
    void anArchiveTheJvmDoesNotUseIsMadeAgainOnceForThisClassPath() throws Exception {
        Files.writeString(archive, "made at package time, for the jars' paths on the build machine");
        ClassDataArchive.Job job = ClassDataArchive.plan(jvmArguments(), JAVA_HOME, classPath.toString(), false, 42).orElseThrow();
        assertThat(ClassDataArchive.make(job)).isTrue();
        assertThat(ClassDataArchive.classPathRecord(archive)).hasContent(classPath.toString());

        // Still unused (say the JVM refuses it for another reason): not made again at every start.
        assertThat(ClassDataArchive.plan(jvmArguments(), JAVA_HOME, classPath.toString(), false, 43)).isEmpty();
        // The app moved: the class path differs, so it is made again.
        assertThat(ClassDataArchive.plan(jvmArguments(), JAVA_HOME, "/moved/" + classPath, false, 44)).isPresent();
        // In use: nothing to do.
        assertThat(ClassDataArchive.plan(jvmArguments(), JAVA_HOME, "/moved/" + classPath, true, 45)).isEmpty();
    }

    @Test
    void nothingToDoWithoutTheClassListOfThePackageBuild() throws IOException {
        Files.delete(app.resolve(ClassDataArchive.CLASS_LIST));
        assertThat(ClassDataArchive.plan(jvmArguments(), JAVA_HOME, classPath.toString(), false, 42)).isEmpty();
    }

    @Test
    void theLastArchiveOptionCountsAsForTheJvm() {
        Optional<ClassDataArchive.Job> job = ClassDataArchive.plan(
                List.of("-XX:SharedArchiveFile=/nowhere/else.jsa", "-XX:SharedArchiveFile=" + archive),
                JAVA_HOME, classPath.toString(), false, 42);
        assertThat(job).get().extracting(ClassDataArchive.Job::archive).isEqualTo(archive);
        assertThat(job.get().command()).contains("-Xshare:dump", "-cp", classPath.toString(),
                "-XX:SharedArchiveFile=" + app.resolve("ivs-inspector.jsa.42.tmp"));
    }

    @Test
    void aFailedDumpLeavesNeitherArchiveNorTemporaryFile() throws Exception {
        ClassDataArchive.Job planned = ClassDataArchive.plan(jvmArguments(), JAVA_HOME, classPath.toString(), false, 42).orElseThrow();
        ClassDataArchive.Job failing = new ClassDataArchive.Job(planned.archive(), planned.classList(), planned.classPath(), planned.temporary(),
                List.of(JAVA_HOME.resolve("bin/java").toString(), "-XX:+NoSuchOptionAnywhere", "-version"));
        Files.writeString(planned.temporary(), "partly written");

        assertThat(ClassDataArchive.make(failing)).isFalse();

        assertThat(archive).doesNotExist();
        assertThat(planned.temporary()).doesNotExist();
    }

    @Test
    void removesTemporaryArchivesOfEndedProcessesOnly() throws IOException {
        long ended = endedProcessId();
        Path leftover = Files.writeString(app.resolve("ivs-inspector.jsa." + ended + ".tmp"), "x");
        Path running = Files.writeString(app.resolve("ivs-inspector.jsa." + ProcessHandle.current().pid() + ".tmp"), "x");
        Path unrelated = Files.writeString(app.resolve("other.jsa.1.tmp"), "x");

        ClassDataArchive.deleteLeftoversOfEndedProcesses(archive);

        assertThat(leftover).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
    }

    private List<String> jvmArguments() {
        return List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive, "-Xmx256m");
    }

    private static long endedProcessId() throws IOException {
        try {
            Process process = new ProcessBuilder(JAVA_HOME.resolve("bin/java").toString(), "-version").start();
            process.waitFor();
            return process.pid();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
