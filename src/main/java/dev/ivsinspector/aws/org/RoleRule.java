package dev.ivsinspector.aws.org;

import dev.ivsinspector.i18n.Texts;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which role to take in each account when listing all of them: the first role whose name matches a pattern
 * with {@code *} and {@code ?} wildcards (e.g. {@code ReadOnly*}), ignoring case.
 */
public record RoleRule(String pattern) {

    public static final RoleRule READ_ONLY = new RoleRule("ReadOnly*");

    public RoleRule {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException(Texts.text("org.emptyRolePattern"));
        }
        pattern = pattern.strip();
    }

    public Optional<String> choose(List<String> roles) {
        Pattern regex = Pattern.compile(toRegex(pattern), Pattern.CASE_INSENSITIVE);
        return roles.stream().filter(role -> regex.matcher(role).matches()).findFirst();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
