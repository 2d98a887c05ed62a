package dev.ivsinspector.aws;

/**
 * Public door to {@link SdkErrorClassifier} for the other aws sub-packages (connection: STS, SSO), so every
 * SDK failure reaches the UI as the same {@link IvsCallException} with the same {@link ErrorKind}s.
 */
public final class SdkErrors {

    private SdkErrors() {
    }

    public static IvsCallException classify(String operation, Throwable error) {
        // No request id recorder here: STS and SSO OIDC errors carry their own request id.
        return SdkErrorClassifier.classify(operation, error, null);
    }
}
