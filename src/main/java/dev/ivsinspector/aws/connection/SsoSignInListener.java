package dev.ivsinspector.aws.connection;

/**
 * Told about the code as soon as it exists, so the UI can show it and open the browser while the sign-in
 * keeps polling. Called on the sign-in's (background) thread: hop to the FX thread before touching the UI.
 */
@FunctionalInterface
public interface SsoSignInListener {

    void codeReady(DeviceCode code);
}
