package dev.ivsinspector.aws.org;

import java.util.List;

/** The accounts and roles of a sign-in, and credentials for one of them (the portal; tests may pass another). */
public interface AccountDirectory extends AutoCloseable {

    /** Every account with every role the sign-in may take there; blocking, run it in the background. */
    List<AccountRole> accountRoles();

    /** Credentials for {@code role}, fetched at once; blocking. */
    RoleSession open(AccountRole role);

    @Override
    void close();
}
