package dev.ivsinspector.app;

import dev.ivsinspector.aws.EndpointRule;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * An --endpoint-url the endpoint rule refuses does not stop the app: it opens without the override, then says
 * why with the same explanation the Advanced… dialog gives. Started from a desktop menu, an exception in start
 * would make the app vanish without a word.
 */
final class RefusedEndpointNotice {

    private RefusedEndpointNotice() {
    }

    /** What is wrong with the command line's endpoint, or empty when there is none or it is allowed. */
    static Optional<String> problemWith(CommandLine commandLine) {
        return Optional.ofNullable(commandLine.endpointUrl()).map(EndpointRule::problemWith);
    }

    /** Shown once the window is up, without blocking it. */
    static Alert show(Window owner, String problem, ResourceBundle bundle) {
        Alert alert = new Alert(Alert.AlertType.WARNING, problem);
        alert.initOwner(owner);
        alert.setTitle(bundle.getString("endpoint.refused.title"));
        alert.setHeaderText(bundle.getString("endpoint.refused.header"));
        alert.show();
        return alert;
    }
}
