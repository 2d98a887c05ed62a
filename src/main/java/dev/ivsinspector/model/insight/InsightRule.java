package dev.ivsinspector.model.insight;

import dev.ivsinspector.i18n.Texts;
import java.util.function.Predicate;

/**
 * One check: data (what to tell users) plus a small predicate (when it applies).
 *
 * @param id          stable identifier, for tests and for users quoting a finding
 * @param severity    how much it matters
 * @param title       one line
 * @param explanation what it means and what to do, in the user's words
 * @param applies     true when the finding holds for the configuration
 */
public record InsightRule(String id, Severity severity, String title, String explanation,
                          Predicate<ConfigurationFacts> applies) {

    /** A rule whose words are the messages bundle's insight.&lt;id&gt;.title and .explanation, read when shown. */
    public InsightRule(String id, Severity severity, Predicate<ConfigurationFacts> applies) {
        this(id, severity, null, null, applies);
    }

    @Override
    public String title() {
        return title != null ? title : Texts.format("insight." + id + ".title");
    }

    @Override
    public String explanation() {
        return explanation != null ? explanation : Texts.format("insight." + id + ".explanation");
    }
}
