package dev.ivsinspector.ui.connection;

import dev.ivsinspector.aws.connection.AwsProfile;
import dev.ivsinspector.aws.connection.SsoSignInException;
import dev.ivsinspector.aws.connection.SsoSignInListener;
import dev.ivsinspector.aws.connection.SsoSignInResult;
import dev.ivsinspector.ui.common.BackgroundRunner;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

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
    private final BackgroundRunner runner;
    private final Executor fxThread;
    private final Consumer<String> browser;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper userCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private AwsProfile offered;
    private Task<SsoSignInResult> task;
    private Runnable onSignedIn = () -> { };

    public SignInViewModel(SignInService service, BackgroundRunner runner, Executor fxThread, Consumer<String> browser) {
        this.service = service;
        this.runner = runner;
        this.fxThread = fxThread;
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
        Task<SsoSignInResult> signIn = new Task<>() {
            @Override
            protected SsoSignInResult call() throws SsoSignInException {
                return service.signIn(profile, code -> fxThread.execute(() -> showCode(code.userCode(), code.browserUri())),
                        this::isCancelled);
            }
        };
        signIn.setOnSucceeded(e -> {
            if (signIn == task) {
                task = null;
                running.set(false);
                available.set(false);
                userCode.set("");
                message.set("Signed in to " + profile.name() + ".");
                onSignedIn.run();
                if (retry != null) {
                    retry.run();
                }
            }
        });
        signIn.setOnFailed(e -> {
            if (signIn == task) {
                task = null;
                running.set(false);
                userCode.set("");
                message.set(signIn.getException() instanceof SsoSignInException failure ? failure.getMessage()
                        : "Sign-in failed: " + signIn.getException().getMessage());
            }
        });
        task = signIn;
        available.set(true);
        running.set(true);
        message.set("Starting sign-in for " + profile.name() + "…");
        runner.run(signIn);
    }

    private void showCode(String code, String url) {
        if (task == null) {
            return;
        }
        userCode.set(code);
        message.set("Confirm the code " + code + " in your browser (" + url + ").");
        browser.accept(url);
    }

    public void cancel() {
        if (task != null) {
            task.cancel(true);
            task = null;
            running.set(false);
            userCode.set("");
            message.set("Sign-in cancelled.");
        }
    }

    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyStringProperty userCodeProperty() { return userCode.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
}
