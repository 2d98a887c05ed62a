package dev.ivsinspector.ui.doctor;

import dev.ivsinspector.model.doctor.CheckResult;
import dev.ivsinspector.model.doctor.CheckStatus;
import dev.ivsinspector.model.doctor.DoctorReport;
import dev.ivsinspector.model.doctor.DoctorService;
import dev.ivsinspector.model.doctor.ProbeAnswer;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.LatestOnly;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * The Doctor tab's state: runs the doctor in the background whenever another configuration is shown (and on
 * "Check again"), and turns the report into lines for the tree, a headline (the most likely cause, which is
 * what a CREATE_FAILED configuration needs first) and a one-line summary for the Configuration tab.
 */
public final class DoctorViewModel {
    private final ObservableValue<RecordingConfiguration> shown;
    private final DoctorService service;
    private final TaskExecutor executor;
    private final ResourceBundle text;
    private final LatestOnly runs = new LatestOnly();

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DoctorReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<DoctorLine>> lines = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CheckStatus> headlineStatus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");

    public DoctorViewModel(ObservableValue<RecordingConfiguration> shown, DoctorService service, TaskExecutor executor,
            ResourceBundle text) {
        this.shown = shown;
        this.service = service;
        this.executor = executor;
        this.text = text;
        shown.addListener((obs, was, now) -> configurationChanged(was, now));
        configurationChanged(null, shown.getValue());
    }

    private void configurationChanged(RecordingConfiguration was, RecordingConfiguration now) {
        // A re-fetch of the same configuration (polling) keeps its report unless the state changed.
        if (was != null && now != null && was.arn().equals(now.arn()) && was.state() == now.state()) {
            return;
        }
        runs.cancel();
        running.set(false);
        report.set(null);
        lines.set(List.of());
        headline.set("");
        headlineStatus.set(null);
        summary.set("");
        progress.set("");
        if (now != null) {
            run();
        }
    }

    /** Runs the checks again for the configuration shown. */
    public void run() {
        RecordingConfiguration config = shown.getValue();
        if (config == null) {
            return;
        }
        BackgroundTask.wrap(() -> service.examine(config))
                .replacing(runs)
                .onRunning(() -> {
                    running.set(true);
                    headline.set("");
                    headlineStatus.set(null);
                    summary.set(format("doctor.running"));
                    progress.set(format("doctor.running"));
                })
                .onSuccess(this::show)
                .onFailure(error -> {
                    String message = format("doctor.failedRun", String.valueOf(error.getMessage()));
                    headlineStatus.set(CheckStatus.NOT_CHECKED);
                    headline.set(message);
                    summary.set(message);
                    progress.set("");
                })
                .onFinished(() -> running.set(false))
                .executeWith(executor);
    }

    private void show(DoctorReport result) {
        report.set(result);
        lines.set(result.results().stream().map(this::line).toList());
        showHeadline(result);
        String counts = format("doctor.summary", result.count(CheckStatus.PASSED), result.count(CheckStatus.FAILED),
                result.count(CheckStatus.WARNING), result.count(CheckStatus.NOT_CHECKED));
        summary.set(format("doctor.summary.line", headline.get().isEmpty() ? counts : headline.get()));
        progress.set(counts);
    }

    /**
     * Only a failed check is a cause; warnings alone are told as warnings (the configuration may well record),
     * and a run where nothing failed or warned but something could not be checked says no cause was found.
     */
    private void showHeadline(DoctorReport result) {
        List<CheckResult> warnings = result.warnings();
        if (result.mostLikelyCause().isPresent()) {
            headlineStatus.set(CheckStatus.FAILED);
            headline.set(format("doctor.headline.cause", result.mostLikelyCause().get().summary()));
        } else if (!warnings.isEmpty()) {
            headlineStatus.set(CheckStatus.WARNING);
            headline.set(format("ACTIVE".equals(result.state()) ? "doctor.headline.warnings.active"
                    : "doctor.headline.warnings", warnings.size(), warnings.get(0).summary()));
        } else {
            headlineStatus.set(result.allPassed() ? null : CheckStatus.NOT_CHECKED);
            headline.set(result.allPassed() ? "" : format("doctor.headline.none"));
        }
    }

    private DoctorLine line(CheckResult r) {
        List<DoctorLine> details = new ArrayList<>();
        details.add(DoctorLine.detail(r.summary()));
        if (!r.advice().isEmpty()) {
            details.add(DoctorLine.detail(format("doctor.todo", r.advice())));
        }
        for (ProbeAnswer a : r.evidence()) {
            details.add(new DoctorLine(format("doctor.evidence.asked", a.asked()), null, List.of(
                    DoctorLine.detail(format("doctor.evidence.answer", a.outcome() == ProbeAnswer.Outcome.OK && a.value() != null
                            ? "HTTP 200 " + a.value() : a.answerLine())),
                    DoctorLine.detail(a.requestId() == null ? format("doctor.evidence.none")
                            : format("doctor.evidence.requestId", a.requestId())))));
        }
        details.add(DoctorLine.detail(format("doctor.doc", r.doc().title(), r.doc().url())));
        return new DoctorLine(format("doctor.status." + r.status().name()) + " \u2014 " + r.title(), r.status(), details);
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(text.getString(key).replace("'", "''"), args);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DoctorReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<DoctorLine>> linesProperty() {
        return lines.getReadOnlyProperty();
    }

    /** The most likely cause, or the warnings when nothing failed; "" when all passed or nothing ran. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /**
     * How serious the headline is: FAILED for a cause, WARNING for warnings only, NOT_CHECKED when no cause
     * was found or the doctor could not run; null while there is no headline.
     */
    public ReadOnlyObjectProperty<CheckStatus> headlineStatusProperty() {
        return headlineStatus.getReadOnlyProperty();
    }

    /** One line for the Configuration tab, "" before any run. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The tab's status line: "Checking…" while running, then how many checks came out which way. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ObservableValue<RecordingConfiguration> shownConfiguration() {
        return shown;
    }
}
