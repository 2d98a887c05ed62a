package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.aws.org.OrganizationFanOut;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * What the fan-out reports from its threads: written to the inventory there, then shown on the UI thread in the
 * order it came, at most {@link #SHOW_EVERY} apart: the rows of every waiting page as one change and every waiting
 * status as one, instead of a table and list change per report. Each change of the table's row count makes it lay
 * out and draw its rows again, and pages come dozens a second: shown as they came, the window was redrawn many
 * times a second for the whole listing.
 */
final class FanOutReports implements OrganizationFanOut.Listener {

    private final Inventory inventory;
    private final TaskExecutor executor;
    private final Consumer<List<OrgRow>> rows;
    private final Consumer<List<AccountRegionStatus>> statuses;
    /** Pages' rows and statuses, in the order they came. */
    private final ConcurrentLinkedQueue<Object> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean showScheduled = new AtomicBoolean();
    /** A few times a second: the rows and statuses still look live. */
    static final Duration SHOW_EVERY = Duration.ofMillis(250);
    private volatile long lastShownNanos = System.nanoTime() - SHOW_EVERY.toNanos();

    FanOutReports(Inventory inventory, TaskExecutor executor, Consumer<List<OrgRow>> rows,
                  Consumer<List<AccountRegionStatus>> statuses) {
        this.inventory = inventory;
        this.executor = executor;
        this.rows = rows;
        this.statuses = statuses;
    }

    @Override
    public void status(AccountRegionStatus status) {
        if (status.state() == AccountRegionStatus.State.LISTED) {
            inventory.completed(status.accountId(), status.region());
        }
        show(status);
    }

    @Override
    public void listed(AccountRegionStatus where, List<RecordingConfigurationSummary> page) {
        List<OrgRow> converted = new ArrayList<>(page.size());
        page.forEach(c -> converted.add(OrgRow.of(where.accountId(), where.accountName(), where.region(), c)));
        inventory.record(where.accountId(), where.accountName(), where.region(), page);
        show(converted);
    }

    private void show(Object report) {
        waiting.add(report);
        if (showScheduled.compareAndSet(false, true)) {
            long wait = lastShownNanos + SHOW_EVERY.toNanos() - System.nanoTime();
            if (wait <= 0) {
                executor.runOnUiThread(this::showWaiting);
            } else {
                executor.schedule(Duration.ofNanos(wait), this::showWaiting);
            }
        }
    }

    /** Shows what waits now (on the UI thread; the listing ended, or it is time). */
    @SuppressWarnings("unchecked")
    void showWaiting() {
        showScheduled.set(false);
        lastShownNanos = System.nanoTime();
        List<OrgRow> listed = new ArrayList<>();
        List<AccountRegionStatus> changed = new ArrayList<>();
        for (Object report = waiting.poll(); report != null; report = waiting.poll()) {
            if (report instanceof AccountRegionStatus status) {
                changed.add(status);
            } else {
                listed.addAll((List<OrgRow>) report);
            }
        }
        // The rows first: a status that says "listed 12" finds its rows counted in the summary.
        if (!listed.isEmpty()) {
            rows.accept(listed);
        }
        if (!changed.isEmpty()) {
            statuses.accept(changed);
        }
    }
}
