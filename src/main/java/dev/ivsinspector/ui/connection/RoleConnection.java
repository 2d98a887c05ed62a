package dev.ivsinspector.ui.connection;

import dev.ivsinspector.aws.SwitchableGateway;
import dev.ivsinspector.aws.connection.AwsProfile;
import dev.ivsinspector.aws.org.RoleSession;
import dev.ivsinspector.ui.accounts.AccountPickerViewModel;
import java.util.function.Consumer;

/**
 * The connection's side of the account picker: offers an SSO sign-in's accounts, makes a chosen account and
 * role the connection (its credentials in memory, no profile of its own) and lets go of it when another
 * connection is chosen.
 */
final class RoleConnection {

    private final AccountPickerViewModel accounts;
    private final SwitchableGateway gateway;
    private final Consumer<String> showIdentity;
    private final Runnable listAgain;
    private RoleSession session;

    RoleConnection(AccountPickerViewModel accounts, SwitchableGateway gateway, Consumer<String> showIdentity,
                   Runnable listAgain) {
        this.accounts = accounts;
        this.gateway = gateway;
        this.showIdentity = showIdentity;
        this.listAgain = listAgain;
    }

    /** @param justSignedIn shows the picker when no remembered choice can be taken */
    void offer(AwsProfile profile, boolean justSignedIn) {
        if (profile != null && profile.kind().isSso()) {
            accounts.offer(profile, gateway.settings(), this::use, justSignedIn);
        }
    }

    void drop() {
        accounts.withdraw();
        if (session != null) {
            session.close();
            session = null;
        }
    }

    private void use(RoleSession chosen) {
        RoleSession previous = session;
        session = chosen;
        gateway.switchTo(gateway.settings().withRoleSession(chosen));
        if (previous != null) {
            previous.close();
        }
        showIdentity.accept(chosen.role().label());
        listAgain.run(); // another account: what browse shows belongs to the previous one
    }
}
