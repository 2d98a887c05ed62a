package dev.ivsinspector.ui.accounts;

import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.aws.org.OrganizationFanOut;
import dev.ivsinspector.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/**
 * What the fan-out reports from its threads: written to the inventory there, then shown on the UI thread in the
 * order it came.
 */
final class FanOutReports implements OrganizationFanOut.Listener {

    private final Inventory inventory;
    private final TaskExecutor executor;
    private final Consumer<List<OrgRow>> rows;
    private final Consumer<AccountRegionStatus> statuses;

    FanOutReports(Inventory inventory, TaskExecutor executor, Consumer<List<OrgRow>> rows,
                  Consumer<AccountRegionStatus> statuses) {
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
        executor.runOnUiThread(() -> statuses.accept(status));
    }

    @Override
    public void listed(AccountRegionStatus where, List<RecordingConfigurationSummary> page) {
        List<OrgRow> converted = new ArrayList<>(page.size());
        page.forEach(c -> converted.add(OrgRow.of(where.accountId(), where.accountName(), where.region(), c)));
        inventory.record(where.accountId(), where.accountName(), where.region(), page);
        executor.runOnUiThread(() -> rows.accept(converted));
    }
}
