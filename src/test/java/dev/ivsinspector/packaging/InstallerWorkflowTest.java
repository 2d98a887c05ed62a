package dev.ivsinspector.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The hosted CI's installer workflow cannot run here, so this checks what can be checked: it is valid YAML,
 * every OS has its job, all of them build with one and the same Maven command, and a version tag releases.
 */
class InstallerWorkflowTest {

    private static final Path WORKFLOW = Path.of(".github/workflows/installers.yml");
    private static final List<String> OS_JOBS = List.of("linux", "windows", "macos");

    private static Map<String, Object> workflow;

    @BeforeAll
    static void parse() throws IOException {
        workflow = map(new Load(LoadSettings.builder().setLabel(WORKFLOW.toString()).build())
                .loadFromString(Files.readString(WORKFLOW)));
    }

    @Test
    void eachOsHasAJobOnItsOwnRunner() {
        Map<String, Object> jobs = map(workflow.get("jobs"));
        assertThat(jobs).containsKeys("linux", "windows", "macos", "release");
        assertThat((String) map(jobs.get("linux")).get("runs-on")).startsWith("ubuntu");
        assertThat((String) map(jobs.get("windows")).get("runs-on")).startsWith("windows");
        assertThat((String) map(jobs.get("macos")).get("runs-on")).startsWith("macos");
    }

    @Test
    void everyOsJobRunsTheSameMavenCommand_withThePackageProfile() {
        List<String> commands = OS_JOBS.stream().map(InstallerWorkflowTest::mavenCommand).toList();

        assertThat(commands).allMatch(command -> command.contains("-Ppackage"));
        assertThat(commands).containsOnly(commands.get(0));
    }

    @Test
    void everyOsJobStartsTheInstalledAppInTheDemoAccount() {
        for (String job : OS_JOBS) {
            assertThat(runs(job)).as(job).anyMatch(run -> run.contains("--demo") && run.contains("ivsinspector.startup=probe"));
        }
    }

    @Test
    void aVersionTagAttachesTheInstallersOfEveryOsToARelease() {
        Map<String, Object> push = map(map(workflow.get("on")).get("push"));
        assertThat(list(push.get("tags"))).contains("v*");
        Map<String, Object> release = map(map(workflow.get("jobs")).get("release"));
        assertThat((String) release.get("if")).contains("refs/tags/v");
        assertThat(list(release.get("needs"))).containsExactlyInAnyOrderElementsOf(OS_JOBS);
    }

    private static String mavenCommand(String job) {
        List<String> maven = runs(job).stream().filter(run -> run.strip().startsWith("mvn ")).toList();
        assertThat(maven).as("Maven steps of " + job).hasSize(1);
        return maven.get(0).strip();
    }

    private static List<String> runs(String job) {
        return list(map(map(workflow.get("jobs")).get(job)).get("steps")).stream()
                .map(InstallerWorkflowTest::map)
                .filter(step -> step.containsKey("run"))
                .map(step -> (String) step.get("run"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return (List<Object>) node;
    }
}
