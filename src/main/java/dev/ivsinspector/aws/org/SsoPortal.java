package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.SdkClientDefaults;
import dev.ivsinspector.aws.SdkErrors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.auth.SsoCredentialsProvider;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsRequest;
import software.amazon.awssdk.services.sso.model.ListAccountRolesResponse;
import software.amazon.awssdk.services.sso.model.ListAccountsResponse;
import software.amazon.awssdk.services.sso.model.RoleInfo;

/**
 * The AWS access portal of one sign-in (the SDK's sso module): the accounts and roles it reaches, page by page,
 * and credentials for one of them. Read calls only; the bearer token travels in its header and nowhere else.
 */
public final class SsoPortal implements AccountDirectory {

    /** Fetch new role credentials this long before they expire, as the SDK's own SSO profiles do. */
    static final Duration PREFETCH = Duration.ofMinutes(5);
    static final Duration STALE = Duration.ofMinutes(1);
    static final int PAGE_SIZE = 100;

    private final PortalSettings settings;
    private final SsoClient client;
    private final PortalPacer pacer;
    private final Duration prefetch;
    private final Duration stale;

    public SsoPortal(PortalSettings settings, PortalPacer pacer) {
        this(settings, pacer, PREFETCH, STALE);
    }

    /** @param prefetch and {@code stale}: when to fetch credentials again before they expire (tests shorten them) */
    public SsoPortal(PortalSettings settings, PortalPacer pacer, Duration prefetch, Duration stale) {
        this.settings = settings;
        this.pacer = pacer;
        this.prefetch = prefetch;
        this.stale = stale;
        this.client = SdkClientDefaults.configure(SsoClient.builder(), settings.connection(),
                AnonymousCredentialsProvider.create(), settings.ssoRegion()).build();
    }

    /** Every account with every role the sign-in may take there, in the portal's order. */
    @Override
    public List<AccountRole> accountRoles() {
        List<AccountRole> rows = new ArrayList<>();
        for (AccountInfo account : accounts()) {
            for (String role : roles(account.accountId())) {
                rows.add(new AccountRole(account.accountId(), account.accountName(), account.emailAddress(), role));
            }
        }
        return rows;
    }

    public List<AccountInfo> accounts() {
        List<AccountInfo> accounts = new ArrayList<>();
        String next = null;
        do {
            String from = next;
            ListAccountsResponse page = call("ListAccounts", () -> client.listAccounts(r -> r.accessToken(token())
                    .maxResults(PAGE_SIZE).nextToken(from)));
            accounts.addAll(page.accountList());
            next = page.nextToken();
        } while (next != null && !next.isEmpty());
        return accounts;
    }

    public List<String> roles(String accountId) {
        List<String> roles = new ArrayList<>();
        String next = null;
        do {
            String from = next;
            ListAccountRolesResponse page = call("ListAccountRoles", () -> client.listAccountRoles(r -> r
                    .accessToken(token()).accountId(accountId).maxResults(PAGE_SIZE).nextToken(from)));
            page.roleList().stream().map(RoleInfo::roleName).forEach(roles::add);
            next = page.nextToken();
        } while (next != null && !next.isEmpty());
        return roles;
    }

    /**
     * Credentials for {@code role}: fetched now (so a refusal shows at once), then again before they expire.
     * They stay in this process's memory.
     */
    @Override
    public RoleSession open(AccountRole role) {
        Supplier<GetRoleCredentialsRequest> request = () -> GetRoleCredentialsRequest.builder()
                .accessToken(token()).accountId(role.accountId()).roleName(role.roleName()).build();
        SsoCredentialsProvider.Builder builder = SsoCredentialsProvider.builder();
        SsoCredentialsProvider credentials = builder
                .ssoClient(new PacedSsoClient(client, pacer))
                .refreshRequest(request)
                .prefetchTime(prefetch)
                .staleTime(stale)
                .build();
        RoleSession session = new RoleSession(role, credentials);
        try {
            // Not paced here: the provider's client paces its own GetRoleCredentials.
            classified("GetRoleCredentials", credentials::resolveCredentials);
        } catch (IvsCallException e) {
            session.close();
            throw e;
        }
        return session;
    }

    @Override
    public void listAll(RoleRule rule, List<String> regions, ConnectionSettings connection,
                        OrganizationFanOut.Listener listener) throws InterruptedException {
        new OrganizationFanOut(this, connection.withRoleSession(null), OrganizationFanOut.Options.AWS)
                .run(rule, regions, listener);
    }

    private String token() {
        return settings.token().get();
    }

    private <T> T call(String operation, Supplier<T> call) {
        return classified(operation, () -> pacer.call(call));
    }

    private static <T> T classified(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (IvsCallException e) {
            throw e;
        } catch (RuntimeException e) {
            throw SdkErrors.classify(operation, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
