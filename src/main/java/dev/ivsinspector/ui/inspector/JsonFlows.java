package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.Bounds;
import dev.ivsinspector.model.DisplayText;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Fills a TextFlow with one styled Text per JSON span (style classes json-key, json-string, ...). */
public final class JsonFlows {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("dev.ivsinspector.i18n.messages");

    private JsonFlows() {
    }

    public static void show(TextFlow flow, String json) {
        String whole = json == null ? "" : json;
        if (whole.length() > Bounds.JSON_VIEW_CHARS) {
            // Tens of thousands of Text nodes for megabytes of JSON ran the heap out on the FX thread.
            Text notice = new Text(MessageFormat.format(BUNDLE.getString("json.tooLarge"), whole.length()));
            notice.getStyleClass().add("json-too-large");
            flow.getChildren().setAll(notice);
            return;
        }
        List<Text> texts = new ArrayList<>();
        for (JsonHighlighter.Span span : JsonHighlighter.spans(DisplayText.visible(whole))) {
            Text text = new Text(span.text());
            text.getStyleClass().add("json-" + span.kind().name().toLowerCase(Locale.ROOT));
            texts.add(text);
        }
        flow.getChildren().setAll(texts);
    }
}
