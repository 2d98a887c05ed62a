package dev.ivsinspector.aws.connection;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.IvsCallException;

/** Answers "who am I" for a connection; an interface so view-models can be tested with a fake. */
public interface CallerIdentityService {

    /**
     * Asks AWS which identity the connection's credentials belong to. Blocking: call it off the FX thread.
     *
     * @param region the region whose STS endpoint to ask (the profile's region is a good choice); null means
     *               the connection's region, else us-east-1
     * @throws IvsCallException classified failure (NO_CREDENTIALS, SSO_TOKEN_EXPIRED, UNREACHABLE, ...)
     */
    CallerIdentity callerIdentity(ConnectionSettings settings, String region);
}
