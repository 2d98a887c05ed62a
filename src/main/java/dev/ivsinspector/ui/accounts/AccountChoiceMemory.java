package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.org.AccountRole;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;

/**
 * The account and role last chosen for each sign-in (by start URL), between runs. Ids and names only: no
 * credential or token is ever stored.
 */
public final class AccountChoiceMemory {

    private final Preferences node;

    public AccountChoiceMemory(Preferences node) {
        this.node = node;
    }

    /** The remembered account id and role name for {@code startUrl}, as "id/role". */
    public Optional<String[]> last(String startUrl) {
        String value = node.get(key(startUrl), null);
        if (value == null || value.indexOf('/') <= 0) {
            return Optional.empty();
        }
        return Optional.of(value.split("/", 2));
    }

    public void remember(String startUrl, AccountRole role) {
        node.put(key(startUrl), role.accountId() + "/" + role.roleName());
    }

    /** Preference keys are limited to 80 characters; a start URL can be longer. */
    private static String key(String startUrl) {
        return "last." + UUID.nameUUIDFromBytes(startUrl.getBytes(StandardCharsets.UTF_8));
    }
}
