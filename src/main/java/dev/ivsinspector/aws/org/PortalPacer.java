package dev.ivsinspector.aws.org;

import java.util.function.Supplier;

/**
 * Paces calls to the access portal, which throttles every client of a sign-in together: each call waits for its
 * turn and is tried again after a throttling answer. {@link #direct()} calls at once.
 */
public interface PortalPacer {

    <T> T call(Supplier<T> call);

    static PortalPacer direct() {
        return Supplier::get;
    }
}
