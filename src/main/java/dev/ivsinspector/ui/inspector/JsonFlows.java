package dev.ivsinspector.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Fills a TextFlow with one styled Text per JSON span (style classes json-key, json-string, ...). */
final class JsonFlows {

    private JsonFlows() {
    }

    static void show(TextFlow flow, String json) {
        List<Text> texts = new ArrayList<>();
        for (JsonHighlighter.Span span : JsonHighlighter.spans(json == null ? "" : json)) {
            Text text = new Text(span.text());
            text.getStyleClass().add("json-" + span.kind().name().toLowerCase(Locale.ROOT));
            texts.add(text);
        }
        flow.getChildren().setAll(texts);
    }
}
