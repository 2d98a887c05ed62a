package dev.ivsinspector.testing;

import dev.ivsinspector.ui.common.DialogService;
import dev.ivsinspector.ui.common.ErrorReport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the dialogs a view-model asks for, so tests can assert on what the user would see. */
public final class RecordingDialogs implements DialogService {

    private final List<ErrorReport> errors = new CopyOnWriteArrayList<>();

    @Override
    public void showError(ErrorReport report) {
        errors.add(report);
    }

    public List<ErrorReport> errors() {
        return errors;
    }
}
