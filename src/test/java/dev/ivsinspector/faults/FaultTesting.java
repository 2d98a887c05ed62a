package dev.ivsinspector.faults;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.testing.Fx;
import dev.ivsinspector.testing.InspectorViewModelBuilder;
import dev.ivsinspector.ui.common.DialogService;
import dev.ivsinspector.ui.common.ErrorMessages;
import dev.ivsinspector.ui.common.FxTaskExecutor;
import dev.ivsinspector.ui.inspector.InspectorViewModel;

/** Shared set-up of the fault tests: the real inspector view-model and what a dialog of a kind says. */
final class FaultTesting {

    static final String RICH = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";
    static final String RICH_BUCKET = "prod.live-recordings.us-west-2";
    static final String BUCKET_PATH = "recordingConfiguration.destinationConfiguration.s3.bucketName";

    private FaultTesting() {
    }

    static InspectorViewModel inspector(IvsGateway gateway, DialogService dialogs) {
        return InspectorViewModelBuilder.inspector(gateway).executor(new FxTaskExecutor()).dialogs(dialogs).build();
    }

    /** Types the ARN, presses Enter and waits until the view-model is idle again. */
    static void fetch(InspectorViewModel vm, String arn) {
        Fx.run(() -> {
            vm.arnTextProperty().set(arn);
            vm.fetch();
        });
        Fx.await(() -> !vm.busyProperty().get());
    }

    /** The bucket shown in the tree, or null when the tree is empty. */
    static String bucketShown(InspectorViewModel vm) {
        return Fx.call(() -> {
            var nodes = vm.nodesProperty().get();
            return nodes.isEmpty() ? null : nodes.get(0).find(BUCKET_PATH).value();
        });
    }

    /** The title the dialog of {@code kind} has, from the same message bundle the app uses. */
    static String titleOf(ErrorKind kind) {
        return ErrorMessages.load().describe(IvsCallException.of(kind, "GetRecordingConfiguration", "x"), RICH, "us-west-2")
                .title();
    }
}
