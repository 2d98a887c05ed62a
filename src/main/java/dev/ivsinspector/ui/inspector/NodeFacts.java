package dev.ivsinspector.ui.inspector;

import dev.ivsinspector.model.DisplayText;
import dev.ivsinspector.model.NodeKind;
import dev.ivsinspector.model.PropertyNode;
import dev.ivsinspector.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** The facts of one node as rows of the property panel: path, value, type, allowed values, range, default. */
final class NodeFacts {

    private NodeFacts() {
    }

    static List<PropertySheet.Item> of(PropertyNode node) {
        List<PropertySheet.Item> items = new ArrayList<>();
        items.add(new Fact(Messages.text("fact.path"), node.path()));
        items.add(new Fact(Messages.text("fact.value"), node.kind() == NodeKind.SCALAR || node.kind() == NodeKind.ENUM
                || !node.set() ? node.displayValue() : DisplayText.shown(node.value())));
        items.add(new Fact(Messages.text("fact.type"), node.typeName()));
        if (!node.allowedValues().isEmpty()) {
            items.add(new Fact(Messages.text("fact.allowed"), String.join(", ", node.allowedValues())));
        }
        if (node.range() != null) {
            items.add(new Fact(Messages.text("fact.range"), node.range()));
        }
        items.add(new Fact(Messages.text("fact.default"),
                node.defaultValue() == null ? Messages.text("fact.default.none") : node.defaultValue()));
        items.add(new Fact(Messages.text("fact.inResponse"),
                Messages.text(node.set() ? "fact.inResponse.yes" : "fact.inResponse.no")));
        return items;
    }

    /** A read-only row; the value stays selectable so users can copy it. */
    private record Fact(String name, String text) implements PropertySheet.Item {
        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return Messages.text("fact.category");
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getDescription() {
            return text;
        }

        @Override
        public Object getValue() {
            return text == null ? "" : text;
        }

        @Override
        public void setValue(Object value) {
            // Read-only by design: IVS Inspector never changes anything.
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
