package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.model.Bounds;
import org.junit.jupiter.api.Test;

class PagingGuardTest {

    @Test
    void anHonestListingRunsToItsLastPage() {
        PagingGuard guard = new PagingGuard("ListChannels");
        assertThat(guard.next("a")).isEqualTo("a");
        assertThat(guard.next("b")).isEqualTo("b");
        assertThat(guard.next(null)).isNull();
        assertThat(guard.stopReason()).isEmpty();
    }

    @Test
    void theSameTokenAgainStopsTheListing() {
        PagingGuard guard = new PagingGuard("ListChannels");
        assertThat(guard.next("t")).isEqualTo("t");
        assertThat(guard.next("t")).isNull();
        assertThat(guard.stopReason()).get().satisfies(why -> {
            assertThat(why.kind()).isEqualTo(ErrorKind.PAGING_STOPPED);
            assertThat(why.getMessage()).contains("2 pages", "already sent");
        });
    }

    @Test
    void aCycleOfSeveralTokensStopsTheListingWhereItCloses() {
        PagingGuard guard = new PagingGuard("ListRecordingConfigurations");
        assertThat(guard.next("a")).isEqualTo("a");
        assertThat(guard.next("b")).isEqualTo("b");
        assertThat(guard.next("c")).isEqualTo("c");
        assertThat(guard.next("a")).isNull();
        assertThat(guard.stopReason()).isPresent();
    }

    @Test
    void aContinuedListingCountsItsStartTokenAsSeen() {
        PagingGuard guard = new PagingGuard("ListRecordingConfigurations").from("start");
        assertThat(guard.next("start")).isNull();
        assertThat(guard.stopReason()).isPresent();
    }

    @Test
    void theListingMayAskForExactlyThePageLimit() {
        PagingGuard guard = new PagingGuard("ListRecordingConfigurations");
        for (int page = 1; page < Bounds.PAGES_PER_LISTING; page++) {
            assertThat(guard.next("token-" + page)).as("page %d", page).isNotNull();
        }
        // The page limit-th page has been received: no request for one more.
        assertThat(guard.next("token-" + Bounds.PAGES_PER_LISTING)).isNull();
        assertThat(guard.stopReason()).get().satisfies(why ->
                assertThat(why.getMessage()).contains(String.format("%,d pages", Bounds.PAGES_PER_LISTING)));
    }
}
