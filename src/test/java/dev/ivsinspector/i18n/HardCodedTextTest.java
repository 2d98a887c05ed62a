package dev.ivsinspector.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every user-visible text comes from messages.properties: the main sources hold no sentence or capitalised word
 * in a string literal, except the ones listed in not-user-texts.txt (SQL, file names, AWS operation names,
 * generated code, ...). A new literal that reads like a message fails here with its file; move it to
 * the bundle (Messages in ui/ and app/, Texts elsewhere) or, if no user ever reads it, list it with the reason.
 * Log statements are not scanned: logs are for support, in English.
 */
class HardCodedTextTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern CAPITALISED = Pattern.compile("^[A-Z][a-z]{2,}.*");
    private static final Pattern NOT_PROSE = Pattern.compile("^(https?://.*|.*-fx-.*|[\\w./-]+\\.(fxml|css|properties|json|md|png))$");
    private static final Pattern LOGGING = Pattern.compile("\\b(LOG|log|logger|LOGGER)\\s*\\.\\s*(trace|debug|info|warn|error)\\b");

    @Test
    void noUserVisibleTextIsWrittenInJava() throws IOException {
        Set<String> allowed = allowList();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                if (name.startsWith("dev/ivsinspector/demo/")) {
                    continue; // the stand-in service's answers are AWS's words, not ours
                }
                for (String literal : proseLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
                    String entry = name + "\t" + literal;
                    if (!allowed.contains(entry)) {
                        found.add(entry);
                    }
                }
            }
        }
        assertThat(found).as("texts written in Java (move them to messages.properties, or list them in"
                + " not-user-texts.txt when no user reads them)").isEmpty();
    }

    @Test
    void theScanSeesMessagesButNotKeysCommentsOrLogs() {
        String source = """
                // "A comment that reads like prose"
                /* "Another one" */
                LOG.warn("The history could not be saved: {}", file);
                status.set("Cancelled.");
                status.set(Messages.text("inspector.status.cancelled"));
                label.setText("Copied " + "the ARN" + '"');
                String url = "https://docs.aws.amazon.com/ivs/";
                """;
        assertThat(proseLiterals(source)).containsExactly("Cancelled.", "Copied ", "the ARN");
    }

    /** The string literals of a source that read like words for people, outside comments and log calls. */
    static List<String> proseLiterals(String source) {
        List<String> literals = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i) < 0 ? source.length() : source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) < 0 ? source.length() : source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end;
                keep(literals, statement, source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    keep(literals, statement, source.substring(i + 1, Math.min(end, source.length())));
                }
                i = end + 1;
            } else {
                statement.append(c);
                if (c == ';' || c == '{' || c == '}') {
                    statement.setLength(0);
                }
                i++;
            }
        }
        return literals;
    }

    private static void keep(List<String> literals, CharSequence statement, String literal) {
        boolean prose = WORD.matcher(literal).find()
                && (literal.strip().contains(" ") || CAPITALISED.matcher(literal).matches())
                && !NOT_PROSE.matcher(literal).matches();
        if (prose && !LOGGING.matcher(statement).find()) {
            literals.add(literal.replace("\n", "\\n")); // a text block on one line of the list
        }
    }

    private static Set<String> allowList() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        try (InputStream in = HardCodedTextTest.class.getResourceAsStream("not-user-texts.txt")) {
            assertThat(in).as("not-user-texts.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
                }
            }
        }
        return entries;
    }
}
