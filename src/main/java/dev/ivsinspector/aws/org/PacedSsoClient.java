package dev.ivsinspector.aws.org;

import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsRequest;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsResponse;

/**
 * The portal client the SDK's credentials provider refreshes through: the same client, but every
 * GetRoleCredentials waits for its turn at the portal like the app's own calls. Closing it leaves the shared
 * client open.
 */
final class PacedSsoClient implements SsoClient {

    private final SsoClient delegate;
    private final PortalPacer pacer;

    PacedSsoClient(SsoClient delegate, PortalPacer pacer) {
        this.delegate = delegate;
        this.pacer = pacer;
    }

    @Override
    public GetRoleCredentialsResponse getRoleCredentials(GetRoleCredentialsRequest request) {
        return pacer.call(() -> delegate.getRoleCredentials(request));
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        // the portal owns the client
    }
}
