package dev.ivsinspector.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The AWS access portal API of the demo organization (the SDK's {@code sso} module, rest-json):
 * GET /assignment/accounts, GET /assignment/roles, GET /federation/credentials and POST /logout, each
 * authorised by the {@code x-amz-sso_bearer_token} header a sign-in produced.
 */
final class DemoPortal {

    static final String BEARER_HEADER = "x-amz-sso_bearer_token";
    static final int DEFAULT_ACCOUNTS_PAGE = 20;
    static final int DEFAULT_ROLES_PAGE = 10;
    private static final String PORTAL_REGION = "portal";

    private final SampleOrganization organization;
    private final IssuedCredentials issued;
    private final Clock clock;

    DemoPortal(SampleOrganization organization, IssuedCredentials issued, Clock clock) {
        this.organization = organization;
        this.issued = issued;
        this.clock = clock;
    }

    static boolean serves(String path) {
        return path.startsWith("/assignment/") || path.startsWith("/federation/") || path.equals("/logout");
    }

    Reply handle(String method, String path, String rawQuery, String bearerToken) {
        if (!issued.validBearerToken(bearerToken, clock.instant())) {
            throw DemoError.UNAUTHORIZED.exception("Session token not found or invalid");
        }
        Map<String, String> query = query(rawQuery);
        String route = method + " " + path;
        return switch (route) {
            case "GET /assignment/accounts" -> listAccounts(query);
            case "GET /assignment/roles" -> listAccountRoles(query);
            case "GET /federation/credentials" -> getRoleCredentials(query);
            case "POST /logout" -> Reply.ok(Map.of());
            default -> throw DemoError.UNKNOWN_OPERATION.exception("The demo portal does not serve " + route);
        };
    }

    private Reply listAccounts(Map<String, String> query) {
        Pages.Page<SampleOrganization.Member> page = Pages.page(organization.members(),
                maxResults(query, DEFAULT_ACCOUNTS_PAGE), query.get("next_token"), "ListAccounts", PORTAL_REGION);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accountList", page.items().stream().map(m -> {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("accountId", m.accountId());
            account.put("accountName", m.name());
            account.put("emailAddress", m.email());
            return account;
        }).toList());
        putNextToken(body, page);
        return Reply.ok(body);
    }

    private Reply listAccountRoles(Map<String, String> query) {
        SampleOrganization.Member member = member(query);
        Pages.Page<String> page = Pages.page(member.roles(), maxResults(query, DEFAULT_ROLES_PAGE),
                query.get("next_token"), "ListAccountRoles", member.accountId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("roleList", page.items().stream()
                .map(role -> Map.of("roleName", role, "accountId", member.accountId())).toList());
        putNextToken(body, page);
        return Reply.ok(body);
    }

    private Reply getRoleCredentials(Map<String, String> query) {
        SampleOrganization.Member member = member(query);
        String role = required(query, "role_name");
        if (!member.roles().contains(role)) {
            throw DemoError.RESOURCE_NOT_FOUND.exception("No access");
        }
        Instant expiresAt = clock.instant().plus(organization.limits().credentialLifetime());
        IssuedCredentials.RoleKeys keys = issued.issue(member.accountId(), role, expiresAt);
        Map<String, Object> credentials = new LinkedHashMap<>();
        credentials.put("accessKeyId", keys.accessKeyId());
        credentials.put("secretAccessKey", keys.secretAccessKey());
        credentials.put("sessionToken", keys.sessionToken());
        credentials.put("expiration", expiresAt.toEpochMilli());
        return Reply.ok(Map.of("roleCredentials", credentials));
    }

    private SampleOrganization.Member member(Map<String, String> query) {
        String accountId = required(query, "account_id");
        return organization.member(accountId)
                .orElseThrow(() -> DemoError.RESOURCE_NOT_FOUND.exception("No access"));
    }

    private static void putNextToken(Map<String, Object> body, Pages.Page<?> page) {
        if (page.nextToken() != null) {
            body.put("nextToken", page.nextToken());
        }
    }

    private static String required(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isEmpty()) {
            throw DemoError.INVALID_REQUEST.exception("The query parameter " + name + " is required");
        }
        return value;
    }

    private static int maxResults(Map<String, String> query, int defaultValue) {
        String text = query.get("max_result");
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= Pages.MAX_RESULTS_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the same answer as a number out of range
        }
        throw DemoError.INVALID_REQUEST.exception("max_result must be between 1 and " + Pages.MAX_RESULTS_LIMIT);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }
}
