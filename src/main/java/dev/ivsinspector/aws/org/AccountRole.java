package dev.ivsinspector.aws.org;

import java.util.Locale;

/** One role the sign-in may take in one account of the organization: a row of the account picker. */
public record AccountRole(String accountId, String accountName, String email, String roleName) {

    /** True when every word of {@code query} appears in the name, id, e-mail or role (ignoring case). */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String haystack = (accountName + " " + accountId + " " + email + " " + roleName).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** "Production (111122223333) · ReadOnlyAccess". */
    public String label() {
        return accountName + " (" + accountId + ") · " + roleName;
    }
}
