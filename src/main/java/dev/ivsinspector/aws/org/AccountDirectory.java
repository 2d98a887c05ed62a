package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ConnectionSettings;
import java.util.List;

/** The accounts and roles of a sign-in, and credentials for one of them (the portal; tests may pass another). */
public interface AccountDirectory extends AutoCloseable {

    /** Every account with every role the sign-in may take there; blocking, run it in the background. */
    List<AccountRole> accountRoles();

    /** Credentials for {@code role}, fetched at once; blocking. */
    RoleSession open(AccountRole role);

    /**
     * Lists every account (one role each, by {@code rule}) in every region of {@code regions}, within AWS's limits;
     * blocking until done or interrupted.
     *
     * @param connection endpoint override and call timeout for the IVS calls
     */
    void listAll(RoleRule rule, List<String> regions, ConnectionSettings connection, OrganizationFanOut.Listener listener)
            throws InterruptedException;

    @Override
    void close();
}
