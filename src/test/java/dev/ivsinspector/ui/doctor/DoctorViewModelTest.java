package dev.ivsinspector.ui.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.model.doctor.CheckId;
import dev.ivsinspector.model.doctor.CheckResult;
import dev.ivsinspector.model.doctor.CheckStatus;
import dev.ivsinspector.model.doctor.DocPage;
import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.model.doctor.ProbeAnswer;
import dev.ivsinspector.model.recreate.RecreateFormat;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/** The doctor's and Recreate's view-models without the JavaFX toolkit: given a configuration, when shown, then... */
class DoctorViewModelTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");
    private final SimpleObjectProperty<RecordingConfiguration> shown = new SimpleObjectProperty<>();
    private final List<String> examined = new ArrayList<>();

    private static RecordingConfiguration config(String id, String state) {
        return RecordingConfiguration.builder()
                .arn("arn:aws:ivs:us-east-1:123456789012:recording-configuration/" + id).state(state).name("town-hall")
                .destinationConfiguration(d -> d.s3(s -> s.bucketName("missing-bucket"))).build();
    }

    private DoctorReport report(RecordingConfiguration c) {
        examined.add(c.arn());
        ProbeAnswer notFound = new ProbeAnswer("S3 HeadBucket missing-bucket (us-east-1)", ProbeAnswer.Outcome.NOT_FOUND,
                404, "NoSuchBucket", null, "REQ1", null, null);
        return new DoctorReport(c.arn(), c.stateAsString(), List.of(
                new CheckResult(CheckId.BUCKET_EXISTS, CheckStatus.FAILED, "The bucket exists",
                        "Bucket missing-bucket does not exist.", "Create it.", List.of(notFound), DocPage.AUTO_RECORD),
                new CheckResult(CheckId.SERVICE_LINKED_ROLE, CheckStatus.PASSED, "IVS's service-linked role exists",
                        "The role exists.", "", List.of(), DocPage.SERVICE_LINKED_ROLES)));
    }

    @Test
    void showingAConfigurationRunsTheDoctorAndHeadlinesTheCause() {
        DoctorViewModel vm = new DoctorViewModel(shown, this::report, new CurrentThreadTaskExecutor(), TEXT);
        shown.set(config("Ua1Sb2Dc3Fv4", "CREATE_FAILED"));

        assertThat(examined).hasSize(1);
        assertThat(vm.headlineProperty().get()).isEqualTo("Most likely cause: Bucket missing-bucket does not exist.");
        assertThat(vm.summaryProperty().get()).isEqualTo("Doctor: Most likely cause: Bucket missing-bucket does not exist.");
        assertThat(vm.progressProperty().get()).startsWith("1 passed · 1 failed");
        DoctorLine failed = vm.linesProperty().get().get(0);
        assertThat(failed.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(failed.text()).isEqualTo("Failed — The bucket exists");
        assertThat(failed.children()).extracting(DoctorLine::text).contains("What to do: Create it.",
                "Asked: S3 HeadBucket missing-bucket (us-east-1)");
        assertThat(failed.children().get(2).children()).extracting(DoctorLine::text)
                .containsExactly("Answer: HTTP 404 NoSuchBucket", "Request id: REQ1");
    }

    private static CheckResult warning(CheckId id, String summary) {
        return new CheckResult(id, CheckStatus.WARNING, id.name(), summary, "Have a look.", List.of(), DocPage.AUTO_RECORD);
    }

    private static CheckResult passed(CheckId id) {
        return new CheckResult(id, CheckStatus.PASSED, id.name(), "Fine.", "", List.of(), DocPage.AUTO_RECORD);
    }

    @Test
    void aHealthyActiveConfigurationWithWarningsOnlyIsNotGivenACause() {
        DoctorViewModel vm = new DoctorViewModel(shown, c -> new DoctorReport(c.arn(), c.stateAsString(), List.of(
                passed(CheckId.BUCKET_EXISTS), warning(CheckId.BUCKET_POLICY, "The bucket policy may refuse IVS."),
                warning(CheckId.BUCKET_OWNER, "Could not tell who owns the bucket."))),
                new CurrentThreadTaskExecutor(), TEXT);
        shown.set(config("Ua1Sb2Dc3Fv4", "ACTIVE"));

        assertThat(vm.reportProperty().get().mostLikelyCause()).isEmpty();
        assertThat(vm.headlineProperty().get()).doesNotContain("Most likely cause")
                .isEqualTo("Records: 2 warnings — Could not tell who owns the bucket.");
        assertThat(vm.headlineStatusProperty().get()).isEqualTo(CheckStatus.WARNING);
        assertThat(vm.summaryProperty().get()).isEqualTo("Doctor: Records: 2 warnings — Could not tell who owns the bucket.");
    }

    @Test
    void aFailedCheckIsTheCauseEvenWhenAWarningComesFirst() {
        DoctorViewModel vm = new DoctorViewModel(shown, c -> new DoctorReport(c.arn(), c.stateAsString(), List.of(
                warning(CheckId.BUCKET_EXISTS, "This identity may not read the bucket."),
                new CheckResult(CheckId.SERVICE_LINKED_ROLE, CheckStatus.FAILED, "Role", "The role is missing.", "",
                        List.of(), DocPage.SERVICE_LINKED_ROLES))), new CurrentThreadTaskExecutor(), TEXT);
        shown.set(config("Ua1Sb2Dc3Fv4", "CREATE_FAILED"));

        assertThat(vm.headlineProperty().get()).isEqualTo("Most likely cause: The role is missing.");
        assertThat(vm.headlineStatusProperty().get()).isEqualTo(CheckStatus.FAILED);
    }

    @Test
    void oneWarningOnAConfigurationThatIsNotActiveDoesNotPromiseRecording() {
        DoctorViewModel vm = new DoctorViewModel(shown, c -> new DoctorReport(c.arn(), c.stateAsString(), List.of(
                warning(CheckId.BUCKET_POLICY, "The bucket policy may refuse IVS."))),
                new CurrentThreadTaskExecutor(), TEXT);
        shown.set(config("Ua1Sb2Dc3Fv4", "CREATING"));
        assertThat(vm.headlineProperty().get()).isEqualTo("No check failed; 1 warning — The bucket policy may refuse IVS.");
        assertThat(vm.progressProperty().get()).isEqualTo("0 passed · 0 failed · 1 warning · 0 not checked");
    }

    @Test
    void aRefetchOfTheSameConfigurationDoesNotAskAgainButCheckAgainDoes() {
        DoctorViewModel vm = new DoctorViewModel(shown, this::report, new CurrentThreadTaskExecutor(), TEXT);
        shown.set(config("Ua1Sb2Dc3Fv4", "ACTIVE"));
        shown.set(config("Ua1Sb2Dc3Fv4", "ACTIVE"));
        assertThat(examined).hasSize(1);
        vm.run();
        assertThat(examined).hasSize(2);
        shown.set(null);
        assertThat(vm.linesProperty().get()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEmpty();
    }

    @Test
    void aFailedRunSaysWhyInsteadOfAReport() {
        DoctorViewModel vm = new DoctorViewModel(shown, c -> {
            throw new IllegalStateException("no network");
        }, new CurrentThreadTaskExecutor(), TEXT);
        shown.set(config("Ua1Sb2Dc3Fv4", "ACTIVE"));
        assertThat(vm.headlineProperty().get()).isEqualTo("The doctor could not run: no network");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void recreateTakesAValidBucketAndRefusesAnInvalidOne() {
        List<String> copied = new ArrayList<>();
        RecreateViewModel vm = new RecreateViewModel(shown, new dev.ivsinspector.ui.common.DesktopServices(copied::add,
                url -> { }, (t, n) -> java.util.Optional.empty()), TEXT);
        shown.set(config("Ua1Sb2Dc3Fv4", "CREATE_FAILED"));
        assertThat(vm.outputProperty().get()).contains("\"bucketName\":\"missing-bucket\"");
        vm.bucketProperty().set("town-hall.us-east-1");
        assertThat(vm.outputProperty().get()).contains("\"bucketName\":\"town-hall.us-east-1\"");
        vm.formatProperty().set(RecreateFormat.TERRAFORM);
        assertThat(vm.suggestedName()).isEqualTo("town-hall-recreate.tf");
        vm.bucketProperty().set("Not A Bucket");
        assertThat(vm.bucketProblemProperty().get()).contains("\"Not A Bucket\" is not a valid bucket name");
        assertThat(vm.outputProperty().get()).contains("bucket_name = \"missing-bucket\"");
        vm.copy();
        assertThat(copied).containsExactly(vm.outputProperty().get());
        assertThat(vm.messageProperty().get()).isEqualTo("Copied to the clipboard.");
    }
}
