package dev.ivsinspector;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.recordings.RecordingReader;
import dev.ivsinspector.ui.recordings.ThumbnailImages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The rules of docs/ARCHITECTURE.md, checked on the compiled main classes. */
@AnalyzeClasses(packages = "dev.ivsinspector", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * What reaches AWS: service clients (not their model types), credentials, HTTP, regions, the client builders'
     * configuration and the SDK's exceptions. Model types and the SDK's member metadata may be used anywhere.
     */
    private static final DescribedPredicate<JavaClass> SDK_PLUMBING = resideInAnyPackage(
            "software.amazon.awssdk.auth..", "software.amazon.awssdk.identity..", "software.amazon.awssdk.http..",
            "software.amazon.awssdk.regions..", "software.amazon.awssdk.awscore..", "software.amazon.awssdk.core.client..",
            "software.amazon.awssdk.core.exception..", "software.amazon.awssdk.core.interceptor..",
            "software.amazon.awssdk.core.retry..", "software.amazon.awssdk.retries..")
            .or(resideInAPackage("software.amazon.awssdk.services..").and(not(resideInAPackage("software.amazon.awssdk.services..model.."))))
            .as("SDK clients, credentials, HTTP, regions or SDK exceptions");

    @ArchTest
    static final ArchRule onlyAwsReachesAws = noClasses()
            .that().resideOutsideOfPackage("dev.ivsinspector.aws..")
            .should().dependOnClassesThat(SDK_PLUMBING)
            .because("every client gets its region, credentials, endpoint, retries and timeouts in aws/ (SdkClientDefaults)");

    @ArchTest
    static final ArchRule modelStoreAndAwsKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("dev.ivsinspector.model..", "dev.ivsinspector.store..", "dev.ivsinspector.aws..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
            .because("they are used and tested without a UI toolkit");

    @ArchTest
    static final ArchRule onlyTheCompositionRootKnowsTheDemo = noClasses()
            .that().resideOutsideOfPackages("dev.ivsinspector.app..", "dev.ivsinspector.demo..")
            .should().dependOnClassesThat().resideInAPackage("dev.ivsinspector.demo..")
            .because("the app must work the same against AWS and the demo endpoint; only app/ chooses");

    /** Compile-time constants are copied into the classes that use them: only the sources show those uses. */
    @ArchTest
    static void onlyTheCompositionRootMentionsTheDemo(JavaClasses classes) throws IOException {
        List<String> mentions = mainSources()
                .filter(f -> !f.startsWith(MAIN.resolve("dev/ivsinspector/app")) && !f.startsWith(MAIN.resolve("dev/ivsinspector/demo")))
                .filter(f -> read(f).stream().anyMatch(line -> line.contains("dev.ivsinspector.demo.")))
                .map(f -> MAIN.relativize(f).toString())
                .toList();
        assertThat(mentions).as("sources outside app/ that name a demo/ class").isEmpty();
    }

    /**
     * Within {@code demo}, the protocol packages ({@code demo.s3}, {@code demo.query}) and the endpoint that
     * routes to them share the sample account both ways: the demo is one stand-in service.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.ivsinspector.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("dev.ivsinspector.demo.."), resideInAPackage("dev.ivsinspector.demo.."));

    @ArchTest
    static final ArchRule viewModelsNeverTouchNodes = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("view-models hold state and commands; views bind nodes to them");

    @ArchTest
    static final ArchRule backgroundWorkGoesThroughTheTaskExecutor = noClasses()
            .that().resideInAPackage("dev.ivsinspector.ui..")
            // Two bounded pools the executor cannot give yet: ThumbnailImages' few workers take the newest request
            // first (the picture on screen now); RecordingReader lists at most four folders ahead of a walk.
            .and().doNotBelongToAnyOf(FxTaskExecutor.class, ThumbnailImages.class, RecordingReader.class)
            .should().dependOnClassesThat().belongToAnyOf(Executors.class, javafx.concurrent.Task.class,
                    javafx.concurrent.Service.class)
            .orShould().callConstructorWhere(DescribedPredicate.describe("a Thread constructor",
                    call -> assignableTo(Thread.class).test(call.getTargetOwner())))
            .because("BackgroundTask on the injected TaskExecutor is the one way, so tests can run it synchronously");

    /** Small classes with one job: none of the main sources is longer than 300 lines. */
    @ArchTest
    static void noClassIsOver300Lines(JavaClasses classes) throws IOException {
        Map<String, Integer> tooLong = mainSources()
                .filter(f -> read(f).size() > 300)
                .collect(Collectors.toMap(f -> MAIN.relativize(f).toString(), f -> read(f).size()));
        assertThat(tooLong).as("source files over 300 lines").isEmpty();
    }

    private static final Path MAIN = Path.of("src/main/java");

    private static Stream<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " could not be read", e);
        }
    }
}
