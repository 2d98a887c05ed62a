package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.insight.ConfigurationFacts;
import dev.ivsinspector.model.insight.InsightRule;
import dev.ivsinspector.model.insight.InsightRules;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;

/**
 * The findings under the tree for the configuration shown. They are worked out again when the channels
 * arrive, since some depend on the channel types (BASIC).
 */
public final class InsightsViewModel {

    private final ObservableValue<RecordingConfiguration> shown;
    private final ObservableList<ChannelRow> channels;
    private final ObservableList<InsightRule> insights = FXCollections.observableArrayList();

    public InsightsViewModel(ObservableValue<RecordingConfiguration> shown, ObservableList<ChannelRow> channels) {
        this.shown = shown;
        this.channels = channels;
        shown.addListener((Observable o) -> update());
        channels.addListener((Observable o) -> update());
        update();
    }

    private void update() {
        RecordingConfiguration configuration = shown.getValue();
        if (configuration == null) {
            insights.clear();
            return;
        }
        List<InsightRule> findings = InsightRules.evaluate(new ConfigurationFacts(configuration,
                channels.stream().map(ChannelRow::type).toList()));
        // Channels are cleared and listed again on every fetch: unchanged findings must not redraw the list.
        if (!findings.equals(insights)) {
            insights.setAll(findings);
        }
    }

    public ObservableList<InsightRule> insights() {
        return insights;
    }
}
