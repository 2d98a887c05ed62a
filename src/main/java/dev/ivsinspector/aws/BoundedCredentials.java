package dev.ivsinspector.aws;

import dev.ivsinspector.i18n.Texts;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Resolves credentials within a time bound and says which profile and program failed. A profile's
 * credential_process can hang or print garbage; without this a hang held the call for a minute and garbage
 * was reported as an unreadable IVS answer although no request had been sent.
 */
final class BoundedCredentials implements AwsCredentialsProvider, SdkAutoCloseable {

    private final AwsCredentialsProvider delegate;
    private final String profile;
    private final Duration timeout;

    BoundedCredentials(AwsCredentialsProvider delegate, String profile, Duration timeout) {
        this.delegate = delegate;
        this.profile = profile;
        this.timeout = timeout;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        FutureTask<AwsCredentials> task = new FutureTask<>(delegate::resolveCredentials);
        Thread thread = new Thread(task, "resolve-credentials");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            String program = credentialProcess().orElse(null);
            throw new CredentialsFailure(program == null
                    ? Texts.format("credentials.notReady", profile, timeout.toSeconds())
                    : Texts.format("credentials.processTimedOut",
                            profile, program, timeout.toSeconds()), e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw AbortedException.builder().message(Texts.text("credentials.cancelled")).cause(e).build();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            Optional<String> program = credentialProcess();
            if (program.isPresent() && isProcessFailure(cause)) {
                throw new CredentialsFailure(Texts.format("credentials.processFailed",
                        profile, program.get(), firstLine(cause)), cause);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static boolean isProcessFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("process-based credentials") || m.contains("process did not return")
                    || m.contains("command returned non-zero") || m.contains("credential version")
                    || m.contains("cannot be empty") || t.getClass().getSimpleName().startsWith("Json")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** The program (first word only: arguments may hold secrets) of the profile's credential_process, if any. */
    private Optional<String> credentialProcess() {
        try {
            return ProfileFile.defaultProfileFile().profile(profile)
                    .flatMap(p -> p.property(ProfileProperty.CREDENTIAL_PROCESS))
                    .map(command -> command.strip().split("\\s+")[0]);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (delegate instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing a provider only releases caches
            }
        }
    }
}
