package dev.ivsinspector.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.store.InventoryRow;
import java.time.Instant;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** Reading the inventory back after a refresh keeps the rows the refresh showed where the store says the same. */
class StoredRowsTest {

    private static final String ARN = "arn:aws:ivs:us-west-2:111122223333:recording-configuration/AbCdEf";
    private final OrganizationTexts texts =
            new OrganizationTexts(ResourceBundle.getBundle("dev.ivsinspector.i18n.messages"));

    @Test
    void aRowShownAsTheStoreHasItIsKeptItself() {
        OrgRow listed = OrgRow.of("111122223333", "Production", "us-west-2", ARN, "main", "ACTIVE", "prod-bucket",
                Map.of("team", "live"));

        assertThat(texts.row(stored(InventoryRow.Mark.SAME, "main", null), listed)).isSameAs(listed);
    }

    @Test
    void aRowTheStoreMarksOrSaysOtherwiseIsMadeAnew() {
        OrgRow listed = OrgRow.of("111122223333", "Production", "us-west-2", ARN, "main", "ACTIVE", "prod-bucket",
                Map.of("team", "live"));

        OrgRow marked = texts.row(stored(InventoryRow.Mark.CHANGED, "main", null), listed);
        OrgRow renamed = texts.row(stored(InventoryRow.Mark.SAME, "backup", null), listed);
        OrgRow recorded = texts.row(stored(InventoryRow.Mark.SAME, "main", Instant.parse("2026-12-01T20:14:00Z")),
                listed);
        OrgRow notShown = texts.row(stored(InventoryRow.Mark.SAME, "main", null), null);

        assertThat(marked).isNotSameAs(listed);
        assertThat(marked.mark()).isNotEmpty().isEqualTo(texts.mark(stored(InventoryRow.Mark.CHANGED, "main", null)));
        assertThat(renamed.name()).isEqualTo("backup");
        assertThat(recorded.source()).contains("AWS Config");
        assertThat(notShown).isEqualTo(listed);
    }

    private static InventoryRow stored(InventoryRow.Mark mark, String name, Instant recordedAt) {
        Instant seen = Instant.parse("2026-12-01T10:00:00Z");
        return new InventoryRow("111122223333", "Production", "us-west-2", ARN, name, "ACTIVE", "prod-bucket",
                Map.of("team", "live"), seen, seen, null, mark, recordedAt == null ? null : Inventory.AWS_CONFIG,
                recordedAt);
    }
}
