package dev.ivsinspector.ui.browse;

import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.IvsGateway;
import dev.ivsinspector.aws.Page;
import dev.ivsinspector.aws.PagingGuard;
import java.util.List;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.ivs.model.RecordingConfigurationSummary;

/** Lists one region page by page on the calling (background) thread, reporting each page as it arrives. */
final class RegionLister {

    /** Receives the progress of one region; called on the listing thread. */
    interface Listener {
        /** @param nextToken where the page after this one starts, null after the last */
        void page(String region, List<ConfigRow> rows, String nextToken);

        void done(String region);

        /** @param nextToken the token of the page that failed, so listing can continue from it */
        void failed(String region, String nextToken, IvsCallException error);

        void cancelled(String region, String nextToken);
    }

    private RegionLister() {
    }

    static void list(IvsGateway gateway, String region, String startToken, BooleanSupplier cancelled, Listener listener) {
        String token = startToken;
        PagingGuard guard = new PagingGuard("ListRecordingConfigurations").from(startToken);
        do {
            if (cancelled.getAsBoolean()) {
                listener.cancelled(region, token);
                return;
            }
            Page<RecordingConfigurationSummary> page;
            try {
                page = gateway.listRecordingConfigurations(region, token, IvsGateway.MAX_PAGE_SIZE);
            } catch (IvsCallException e) {
                if (cancelled.getAsBoolean()) {
                    listener.cancelled(region, token);
                } else {
                    listener.failed(region, token, e);
                }
                return;
            }
            token = guard.next(page.nextToken());
            listener.page(region, page.items().stream().map(s -> ConfigRow.of(region, s)).toList(), token);
        } while (token != null);
        guard.stopReason().ifPresentOrElse(why -> listener.failed(region, null, why), () -> listener.done(region));
    }
}
