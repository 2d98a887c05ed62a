package dev.ivsinspector.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.aws.org.AccountRegionStatus;
import dev.ivsinspector.testing.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

class FanOutReportsTest {

    @TempDir
    Path dir;

    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final List<List<OrgRow>> rowChanges = new ArrayList<>();
    private final List<List<AccountRegionStatus>> statusChanges = new ArrayList<>();

    @Test
    void reportsThatComeSoonAfterAShowingAreShownTogetherInOrderOnceItIsTime() {
        Inventory inventory = new Inventory(dir.resolve("inventory.db"), Clock.systemUTC());
        FanOutReports reports = new FanOutReports(inventory, executor, rowChanges::add, statusChanges::add);
        AccountRegionStatus west = AccountRegionStatus.waiting("111122223333", "Production", "us-west-2");
        AccountRegionStatus east = AccountRegionStatus.waiting("111122223333", "Production", "us-east-1");

        reports.status(west);                                   // the first is shown at once
        reports.listed(west, List.of(summary("a"), summary("b")));
        reports.status(east);
        reports.listed(east, List.of(summary("c")));

        assertThat(statusChanges).containsExactly(List.of(west));
        assertThat(rowChanges).isEmpty();
        assertThat(executor.scheduledDelays()).singleElement()
                .satisfies(delay -> assertThat(delay).isPositive().isLessThanOrEqualTo(FanOutReports.SHOW_EVERY));

        executor.runScheduled();

        assertThat(rowChanges).singleElement().satisfies(rows ->
                assertThat(rows).extracting(OrgRow::name).containsExactly("a", "b", "c"));
        assertThat(statusChanges).containsExactly(List.of(west), List.of(east));
        inventory.close();
    }

    @Test
    void whatWaitsIsShownAtOnceWhenTheListingEnds() {
        Inventory inventory = new Inventory(dir.resolve("inventory.db"), Clock.systemUTC());
        FanOutReports reports = new FanOutReports(inventory, executor, rowChanges::add, statusChanges::add);
        AccountRegionStatus west = AccountRegionStatus.waiting("111122223333", "Production", "us-west-2");
        reports.status(west);
        reports.listed(west, List.of(summary("a")));

        reports.showWaiting();

        assertThat(rowChanges).singleElement().satisfies(rows -> assertThat(rows).hasSize(1));
        inventory.close();
    }

    private static RecordingConfigurationSummary summary(String name) {
        return RecordingConfigurationSummary.builder().name(name).state("ACTIVE")
                .arn("arn:aws:ivs:us-west-2:111122223333:recording-configuration/" + name).build();
    }
}
