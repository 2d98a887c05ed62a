package dev.ivsinspector.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTrainingTest {

    private static final List<String> LAUNCHER_OPTIONS = List.of("-Djpackage.app-version=0.1.0",
            "-XX:+UseParallelGC", "-Xmx256m", "-XX:AOTCache=/opt/app/lib/app/first.aot",
            "-XX:AOTCache=/opt/app/lib/app/ivs-inspector.aot", "-Xlog:aot*=off",
            "-Djava.class.path=/opt/app/lib/app/a.jar", "-Divsinspector.startup=probe");

    @Test
    void theCacheIsTheLastOneTheLauncherNames() {
        assertThat(AotCacheTraining.requestedCache(LAUNCHER_OPTIONS))
                .contains(Path.of("/opt/app/lib/app/ivs-inspector.aot"));
        assertThat(AotCacheTraining.requestedCache(List.of("-Xmx256m"))).isEmpty();
    }

    @Test
    void theChildKeepsTheOptionsThatShapeTheCacheAndRunsHeadlessInTraining(@TempDir Path dir) {
        AotCacheTraining training = new AotCacheTraining(dir.resolve("c.aot"), LAUNCHER_OPTIONS, "/jdk",
                "/opt/app/lib/app/a.jar:/opt/app/lib/app/b.jar", "app.Main", List.of("--demo", "arn"));

        List<String> command = training.command(dir.resolve("out.aot"), dir.resolve("scratch"));

        assertThat(command).startsWith(Path.of("/jdk", "bin", "java").toString())
                .contains("-Djpackage.app-version=0.1.0", "-XX:+UseParallelGC", "-Xmx256m",
                        "-XX:AOTCacheOutput=" + dir.resolve("out.aot"), "-Divsinspector.startup=training",
                        "-Dglass.platform=Headless")
                .doesNotContain("-Xlog:aot*=off", "-Djava.class.path=/opt/app/lib/app/a.jar",
                        "-Divsinspector.startup=probe")
                .noneMatch(option -> option.startsWith("-XX:AOTCache="))
                .endsWith("-cp", "/opt/app/lib/app/a.jar:/opt/app/lib/app/b.jar", "app.Main", "--demo", "arn");
    }

    @Test
    void aMissingCacheIsWorthMakingUnlessItWasJustTriedInVain(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("ivs-inspector.aot");
        AotCacheTraining training = new AotCacheTraining(cache, List.of(), "/jdk", "a.jar", "app.Main", List.of());
        assertThat(training.worthTrying()).isTrue();

        Files.writeString(dir.resolve("ivs-inspector.aot.failed"), "no display");
        assertThat(training.worthTrying()).isFalse();

        Files.delete(dir.resolve("ivs-inspector.aot.failed"));
        Files.write(cache, new byte[] {1});
        assertThat(training.worthTrying()).isFalse();
    }

    @Test
    void aRealTrainingRunLeavesACacheTheJvmAcceptsAndNothingElse(@TempDir Path dir) throws Exception {
        Path jar = jarOf(TrainingTarget.class, dir.resolve("app.jar"));
        Path cache = dir.resolve("app").resolve("ivs-inspector.aot");
        Files.createDirectories(cache.getParent());
        AotCacheTraining training = new AotCacheTraining(cache, List.of("-XX:+UseSerialGC"),
                System.getProperty("java.home"), jar.toString(), TrainingTarget.class.getName(), List.of("ok"));

        assertThat(training.run(false)).isEmpty();

        assertThat(cache).isRegularFile();
        assertThat(Files.size(cache)).isGreaterThan(1_000_000);
        try (var files = Files.list(cache.getParent())) {
            assertThat(files).containsExactly(cache);
        }
        Process check = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:AOTCache=" + cache, "-XX:AOTMode=on", "-cp", jar.toString(),
                TrainingTarget.class.getName(), "ok").redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(output).isZero();
    }

    @Test
    void aFailedTrainingSaysWhyAndIsNotRetriedAtTheNextStart(@TempDir Path dir) throws Exception {
        Path jar = jarOf(TrainingTarget.class, dir.resolve("app.jar"));
        Path cache = dir.resolve("ivs-inspector.aot");
        AotCacheTraining training = new AotCacheTraining(cache, List.of(), System.getProperty("java.home"),
                jar.toString(), TrainingTarget.class.getName(), List.of("fail"));

        Optional<String> problem = training.run(false);

        assertThat(problem).hasValueSatisfying(reason -> assertThat(reason).contains("exit status 3"));
        assertThat(cache).doesNotExist();
        assertThat(training.worthTrying()).isFalse();
    }

    private static Path jarOf(Class<?> type, Path jar) throws IOException {
        String entry = type.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    /** The app a training run starts: exits 0 for "ok", 3 otherwise. */
    public static final class TrainingTarget {
        public static void main(String[] args) {
            System.exit("ok".equals(args[0]) ? 0 : 3);
        }
    }
}
