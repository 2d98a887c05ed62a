package dev.ivsinspector.ui.common;

/** Shows dialogs; view-models get it through their constructor so tests can record what would be shown. */
public interface DialogService {

    void showError(ErrorReport report);
}
