package dev.ivsinspector.aws.connection;

/**
 * Who the connection acts as, for the connection bar ("ReadOnly (jane) in 111122223333").
 *
 * @param account     the 12-digit account id
 * @param arn         the full caller ARN
 * @param displayName role or user name from the ARN: "ROLE (session)" for assumed roles, "NAME" for users
 */
public record CallerIdentity(String account, String arn, String displayName) {

    public static CallerIdentity of(String account, String arn) {
        return new CallerIdentity(account, arn, displayNameOf(arn));
    }

    /**
     * The resource part of the ARN turned into what people call themselves. IAM paths
     * (user/division/NAME) are dropped: the last segment is the name.
     */
    static String displayNameOf(String arn) {
        if (arn == null || arn.isBlank()) {
            return "";
        }
        String[] parts = arn.split(":", 6);
        if (parts.length < 6) {
            return arn;
        }
        String resource = parts[5];
        if (resource.startsWith("assumed-role/")) {
            String[] r = resource.substring("assumed-role/".length()).split("/");
            if (r.length >= 2) {
                return r[r.length - 2] + " (" + r[r.length - 1] + ")";
            }
            return r[0];
        }
        int slash = resource.lastIndexOf('/');
        return slash >= 0 ? resource.substring(slash + 1) : resource; // user/..., federated-user/..., root
    }
}
