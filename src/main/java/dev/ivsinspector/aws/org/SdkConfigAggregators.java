package dev.ivsinspector.aws.org;

import dev.ivsinspector.aws.ConnectionCredentials;
import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.ErrorKind;
import dev.ivsinspector.aws.IvsCallException;
import dev.ivsinspector.aws.PagingGuard;
import dev.ivsinspector.aws.SdkClientDefaults;
import dev.ivsinspector.aws.SdkErrors;
import dev.ivsinspector.i18n.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.ConfigurationAggregator;
import software.amazon.awssdk.services.config.model.DescribeConfigurationAggregatorsResponse;
import software.amazon.awssdk.services.config.model.SelectAggregateResourceConfigResponse;

/**
 * AWS Config through the SDK's config module, with the connection's credentials and endpoint resolution
 * (an override, else AWS_ENDPOINT_URL_CONFIG_SERVICE, AWS_ENDPOINT_URL or endpoint_url, as the SDK resolves them).
 * A client per call: aggregators are asked for rarely, and the connection may have changed since.
 */
public final class SdkConfigAggregators implements ConfigAggregators {

    /** The one query: every field the inventory keeps, of every IVS recording configuration the aggregator holds. */
    static final String EXPRESSION = "SELECT resourceId, resourceName, accountId, awsRegion, configuration, tags,"
            + " configurationItemCaptureTime WHERE resourceType = 'AWS::IVS::RecordingConfiguration'";
    /** Config's largest page. */
    static final int PAGE_SIZE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SdkConfigAggregators.class);

    @Override
    public List<String> names(ConnectionSettings connection, String region) {
        return withClient(connection, region, "DescribeConfigurationAggregators", client -> {
            List<String> names = new ArrayList<>();
            PagingGuard guard = new PagingGuard("DescribeConfigurationAggregators");
            String token = null;
            do {
                String from = token;
                DescribeConfigurationAggregatorsResponse page = client.describeConfigurationAggregators(
                        r -> r.nextToken(from));
                page.configurationAggregators().stream().map(ConfigurationAggregator::configurationAggregatorName)
                        .forEach(names::add);
                token = guard.next(page.nextToken());
            } while (token != null);
            return names;
        });
    }

    @Override
    public void recordingConfigurations(ConnectionSettings connection, String region, String aggregator,
                                        Consumer<List<AggregatedConfiguration>> pages) {
        if (aggregator == null || aggregator.isBlank()) {
            throw IvsCallException.of(ErrorKind.VALIDATION, "SelectAggregateResourceConfig",
                    Texts.text("allAccounts.aggregator.none"));
        }
        Optional<IvsCallException> stopped = withClient(connection, region, "SelectAggregateResourceConfig", client -> {
            PagingGuard guard = new PagingGuard("SelectAggregateResourceConfig");
            String token = null;
            do {
                if (Thread.currentThread().isInterrupted()) {
                    throw IvsCallException.of(ErrorKind.CANCELLED, "SelectAggregateResourceConfig",
                            Texts.text("allAccounts.cancelled"));
                }
                String from = token;
                SelectAggregateResourceConfigResponse page = client.selectAggregateResourceConfig(r -> r
                        .configurationAggregatorName(aggregator).expression(EXPRESSION).limit(PAGE_SIZE).nextToken(from));
                List<AggregatedConfiguration> items = new ArrayList<>(page.results().size());
                for (String result : page.results()) {
                    ConfigurationItems.read(result).ifPresentOrElse(items::add,
                            () -> LOG.warn("AWS Config returned an item that is not an IVS recording configuration; skipped"));
                }
                pages.accept(items);
                token = guard.next(page.nextToken());
            } while (token != null);
            return guard.stopReason();
        });
        stopped.ifPresent(reason -> {
            throw reason;
        });
    }

    private static <T> T withClient(ConnectionSettings connection, String region, String operation,
                                    Function<ConfigClient, T> work) {
        try (ConfigClient client = SdkClientDefaults.configure(ConfigClient.builder(), connection,
                ConnectionCredentials.forSettings(connection), region).build()) {
            return work.apply(client);
        } catch (IvsCallException e) {
            throw e;
        } catch (RuntimeException e) {
            throw SdkErrors.classify(operation, e);
        }
    }
}
