package dev.ivsinspector.ui.connection;

import dev.ivsinspector.aws.connection.AwsProfile;
import dev.ivsinspector.aws.connection.SsoSignInException;
import dev.ivsinspector.aws.connection.SsoSignInListener;
import dev.ivsinspector.aws.connection.SsoSignInResult;
import dev.ivsinspector.ui.common.BackgroundTask;
import dev.ivsinspector.ui.common.LatestOnly;
import dev.ivsinspector.ui.common.Messages;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Sign in" for SSO profiles without a valid token: the device flow in the background, the code shown and
 * the browser opened, then the action that needed the sign-in runs again by itself. Cancelling leaves the
 * token cache as it was.
 */
public final class SignInViewModel {

    /** Runs the device flow; the real one is SsoSignIn, tests pass one against a loopback endpoint. */
    @FunctionalInterface
    public interface SignInService {
        SsoSignInResult signIn(AwsProfile profile, SsoSignInListener listener, BooleanSupplier cancelled)
                throws SsoSignInException;
    }

    private final SignInService service;
    private final TaskExecutor executor;
    private final Consumer<String> browser;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper userCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private AwsProfile offered;
    private final LatestOnly signingIn = new LatestOnly();
    private Runnable onSignedIn = () -> { };

    public SignInViewModel(SignInService service, TaskExecutor executor, Consumer<String> browser) {
        this.service = service;
        this.executor = executor;
        this.browser = browser;
    }

    void setOnSignedIn(Runnable action) {
        this.onSignedIn = action;
    }

    /** Shows "Sign in" for this profile. */
    void offer(AwsProfile profile) {
        offered = profile;
        available.set(true);
        message.set("");
    }

    /** Hides sign-in and cancels one in progress, e.g. when another profile is chosen. */
    void reset() {
        cancel();
        offered = null;
        available.set(false);
        message.set("");
    }

    /** Starts sign-in for the offered profile (the "Sign in" button). */
    public void start() {
        if (offered != null) {
            start(offered, null);
        }
    }

    /** @param retry run after a successful sign-in, e.g. the fetch that failed for want of it; may be null */
    void start(AwsProfile profile, Runnable retry) {
        cancel();
        offered = profile;
        AtomicBoolean cancelled = new AtomicBoolean();
        BackgroundTask.wrap(() -> service.signIn(profile,
                        code -> executor.runOnUiThread(() -> showCode(code.userCode(), code.browserUri())), cancelled::get))
                .replacing(signingIn)
                .onRunning(() -> {
                    available.set(true);
                    running.set(true);
                    message.set(Messages.format("signIn.starting", profile.name()));
                })
                .onSuccess(result -> {
                    available.set(false);
                    message.set(Messages.format("signIn.done", profile.name()));
                    onSignedIn.run();
                    if (retry != null) {
                        retry.run();
                    }
                })
                .onFailure(error -> message.set(error instanceof SsoSignInException failure ? failure.getMessage()
                        : Messages.format("signIn.failed", error.getMessage())))
                .onCancelled(() -> {
                    cancelled.set(true);
                    message.set(Messages.text("signIn.cancelled"));
                })
                .onFinished(() -> {
                    running.set(false);
                    userCode.set("");
                })
                .executeWith(executor);
    }

    private void showCode(String code, String url) {
        if (!signingIn.isRunning()) {
            return;
        }
        userCode.set(code);
        message.set(Messages.format("signIn.confirmCode", code, url));
        browser.accept(url);
    }

    public void cancel() {
        signingIn.cancel();
    }

    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty userCodeProperty() { return userCode.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
