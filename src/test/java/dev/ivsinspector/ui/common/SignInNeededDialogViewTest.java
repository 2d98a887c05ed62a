package dev.ivsinspector.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.testing.Fx;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dialog for a call that failed for want of an SSO sign-in: its text asks for the button it offers, that button
 * is the default, and Enter runs it (the retry follows the sign-in). It never sends the user to a terminal.
 */
@ExtendWith(ApplicationExtension.class)
class SignInNeededDialogViewTest {

    private static final String SIGN_IN = "Sign in…";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void theTextAsksForItsOwnSignInButtonWhichIsTheDefault(FxRobot robot) {
        AtomicBoolean signedIn = new AtomicBoolean();
        ErrorReport report = ErrorMessages.load().describe(IvsCallException.of(ErrorKind.SSO_TOKEN_EXPIRED,
                        "GetRecordingConfiguration", "The SSO session associated with this profile has expired"),
                "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456", "us-west-2")
                .withActions(List.of(new ErrorAction(SIGN_IN, () -> signedIn.set(true))));
        Fx.run(() -> new FxDialogService(() -> stage).showError(report));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        List<String> texts = Fx.call(() -> pane.lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .filter(t -> t != null).toList());
        assertThat(String.join("\n", texts)).contains("\"" + SIGN_IN + "\"").doesNotContain("aws sso login");
        Button defaultButton = Fx.call(() -> pane.lookupAll(".button").stream().map(Button.class::cast)
                .filter(Button::isDefaultButton).findFirst().orElseThrow());
        assertThat(defaultButton.getText()).isEqualTo(SIGN_IN);

        robot.type(KeyCode.ENTER);
        Fx.await(signedIn::get);
        assertThat(Fx.call(() -> robot.lookup(".dialog-pane").tryQuery().map(Node::isVisible).orElse(false))).isFalse();
    }
}
