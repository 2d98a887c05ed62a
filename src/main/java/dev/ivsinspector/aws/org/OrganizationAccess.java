package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.connection.AwsProfile;

/** Opens the access portal of an SSO profile's sign-in. */
@FunctionalInterface
public interface OrganizationAccess {

    /**
     * The accounts and roles {@code profile}'s sign-in reaches.
     *
     * @param connection endpoint override and call timeout of the current connection
     */
    AccountDirectory directory(AwsProfile profile, ConnectionSettings connection);
}
