package dev.ivsinspector.testing;

import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.model.FieldDocs;
import dev.ivsinspector.model.ResponseTree;
import dev.ivsinspector.ui.common.DesktopServices;
import dev.ivsinspector.ui.common.DialogService;
import dev.ivsinspector.ui.common.ErrorMessages;
import dev.ivsinspector.ui.common.TaskExecutor;
import dev.ivsinspector.ui.inspector.InspectorViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Builds the inspector's view-model for tests: the real tree builder and messages, and by default a synchronous
 * executor, dialogs that are recorded and a desktop that does nothing. Tests set only what they are about.
 */
public final class InspectorViewModelBuilder {

    private final IvsGateway gateway;
    private TaskExecutor executor = new CurrentThreadTaskExecutor();
    private DialogService dialogs = new RecordingDialogs();
    private DesktopServices desktop = ignoringDesktop();
    private List<Duration> pollDelays = InspectorViewModel.DEFAULT_POLL_DELAYS;

    private InspectorViewModelBuilder(IvsGateway gateway) {
        this.gateway = gateway;
    }

    public static InspectorViewModelBuilder inspector(IvsGateway gateway) {
        return new InspectorViewModelBuilder(gateway);
    }

    /** A desktop whose clipboard, browser and save dialog do nothing (the dialog is always cancelled). */
    public static DesktopServices ignoringDesktop() {
        return new DesktopServices(text -> { }, url -> { }, (title, name) -> Optional.empty());
    }

    public InspectorViewModelBuilder executor(TaskExecutor value) {
        this.executor = value;
        return this;
    }

    public InspectorViewModelBuilder dialogs(DialogService value) {
        this.dialogs = value;
        return this;
    }

    public InspectorViewModelBuilder desktop(DesktopServices value) {
        this.desktop = value;
        return this;
    }

    public InspectorViewModelBuilder pollDelays(Duration... delays) {
        this.pollDelays = List.of(delays);
        return this;
    }

    public InspectorViewModel build() {
        return new InspectorViewModel(gateway, new ResponseTree(FieldDocs.load()), executor, dialogs,
                ErrorMessages.load(), desktop, pollDelays);
    }
}
