package dev.ivsinspector.ui.recordings;

import dev.ivsinspector.model.doctor.CheckResult;
import dev.ivsinspector.model.doctor.DoctorReport;
import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Tells each live session that left no recording what the doctor found about the configuration: its most
 * likely cause when a check failed, its warnings when none did. The report is the Doctor tab's own (one
 * doctor per configuration shown), so its findings arrive whenever that run ends, before or after the rows.
 */
final class DoctorFinding {
    private final ObservableValue<DoctorReport> report;
    private final ObservableList<RecordingRow> rows;
    private final ResourceBundle messages;
    private String configurationArn;

    DoctorFinding(ObservableValue<DoctorReport> report, ObservableList<RecordingRow> rows, ResourceBundle messages) {
        this.report = report;
        this.rows = rows;
        this.messages = messages;
        report.addListener((obs, was, now) -> rows.stream().filter(RecordingRow::isMissedSession).forEach(this::tell));
        rows.addListener((ListChangeListener<RecordingRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(RecordingRow::isMissedSession).forEach(this::tell);
            }
        });
    }

    /** The configuration whose rows are shown (null for none): a report of another one is not theirs. */
    void follow(String arn) {
        configurationArn = arn;
    }

    private void tell(RecordingRow missed) {
        missed.doctorFindingProperty().set(finding(report.getValue()));
    }

    private String finding(DoctorReport current) {
        if (current == null || configurationArn == null || !Objects.equals(current.configurationArn(), configurationArn)) {
            return "";
        }
        if (current.mostLikelyCause().isPresent()) {
            return text("recordings.missed.doctor.cause", current.mostLikelyCause().get().summary());
        }
        List<CheckResult> warnings = current.warnings();
        return warnings.isEmpty() ? text("recordings.missed.doctor.clean")
                : text("recordings.missed.doctor.warnings", warnings.size(), warnings.get(0).summary());
    }

    private String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key).replace("'", "''"), args);
    }
}
