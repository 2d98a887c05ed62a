package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.i18n.Texts;
import dev.ivsinspector.store.InventoryRow;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The texts of All accounts: status rows, the summary line, marks and where a row was recorded. */
final class OrganizationTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ResourceBundle messages;
    /** Built once: the inventory's rows are many and their marks few. */
    private final Map<InventoryRow.Mark, String> marks = new java.util.concurrent.ConcurrentHashMap<>();

    OrganizationTexts(ResourceBundle messages) {
        this.messages = messages;
    }

    /** "2026-12-02 03:56 UTC": when an inventory was taken, as the Config aggregator's times are shown. */
    String when(Instant at) {
        return WHEN.format(at);
    }

    String text(String key, Object... args) {
        return MessageFormat.format(messages.getString(key), args);
    }

    /** "Production (111122223333) · us-west-2 · ReadOnlyAccess: listed 12 (throttled 1×, retried)". */
    String describe(AccountRegionStatus s) {
        String where = s.accountName() + " (" + s.accountId() + ") · " + s.region()
                + (s.role().isEmpty() ? "" : " · " + s.role());
        String what = text("allAccounts.state." + s.state().name(), s.listed(), s.reason());
        return where + ": " + what + (s.throttled() > 0 ? " " + text("allAccounts.throttled", s.throttled()) : "");
    }

    String summary(List<AccountRegionStatus> statuses, int rows) {
        Map<AccountRegionStatus.State, Integer> counts = new HashMap<>();
        int throttled = 0;
        for (AccountRegionStatus s : statuses) {
            counts.merge(s.state(), 1, Integer::sum);
            throttled += s.throttled();
        }
        long accounts = statuses.stream().map(AccountRegionStatus::accountId).distinct().count();
        return text("allAccounts.summary", rows, accounts, statuses.size(),
                counts.getOrDefault(AccountRegionStatus.State.LISTED, 0),
                counts.getOrDefault(AccountRegionStatus.State.DENIED, 0),
                counts.getOrDefault(AccountRegionStatus.State.FAILED, 0)
                        + counts.getOrDefault(AccountRegionStatus.State.NO_ROLE, 0),
                counts.getOrDefault(AccountRegionStatus.State.CANCELLED, 0), throttled);
    }

    String mark(InventoryRow row) {
        return marks.computeIfAbsent(row.mark(), mark -> text("inventory.mark." + mark.name()));
    }

    /** "as recorded by AWS Config at 2026-12-01 20:14 UTC" for an aggregator's row; empty for a listed one. */
    String source(String recordedBy, Instant recordedAt) {
        if (recordedBy == null) {
            return "";
        }
        return recordedAt == null ? text("inventory.recordedBy", recordedBy)
                : text("inventory.recordedByAt", recordedBy, WHEN.format(recordedAt));
    }

    /** The stored row as shown: {@code shown} itself when it shows just that, else a new row. */
    OrgRow row(InventoryRow row, OrgRow shown) {
        String mark = mark(row);
        String source = source(row.recordedBy(), row.recordedAt());
        return shown != null && shown.shows(row, mark, source) ? shown : OrgRow.of(row, mark, source);
    }

    static String reason(Throwable error) {
        if (error instanceof IvsCallException call && call.requestId() != null) {
            return MessageFormat.format(Texts.text("allAccounts.withRequestId"), call.getMessage(), call.requestId());
        }
        return error.getMessage();
    }
}
