package dev.ivsinspector.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AWS Config as the demo serves it (AWS JSON 1.1: {@code POST /} with {@code X-Amz-Target:
 * StarlingDoveService.<Operation>}): the demo organization's aggregator. Without an organization there is no
 * aggregator; role keys of a role denied IVS are denied Config too, as a narrow permission set would be.
 */
final class ConfigHttpHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigHttpHandler.class);
    static final String TARGET_PREFIX = "StarlingDoveService.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    /** Null when the endpoint serves no organization. */
    private final OrganizationRoutes organization;
    private final AggregatorOperations aggregator;

    ConfigHttpHandler(OrganizationRoutes organization, AggregatorOperations aggregator) {
        this.organization = organization;
        this.aggregator = aggregator;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try (InputStream in = exchange.getRequestBody()) {
            reply = replyFor(exchange, in.readAllBytes());
        } catch (ApiException e) {
            reply = error(e);
        } catch (RuntimeException e) {
            LOG.warn("Demo Config: unexpected failure", e);
            reply = error(DemoError.INTERNAL_SERVER.exception("Unexpected error in the demo endpoint: " + e));
        }
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        if (reply.error() != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", reply.error().code());
        }
        byte[] body = reply.body();
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            out.write(body);
        } catch (IOException e) {
            LOG.debug("Demo Config: the client went away", e);
        }
    }

    private Reply replyFor(HttpExchange exchange, byte[] body) {
        SigV4Scope scope = SigV4Scope.parse(exchange.getRequestHeaders().getFirst("Authorization"), "config");
        String target = Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Amz-Target")).orElse("");
        if (!"POST".equals(exchange.getRequestMethod()) || !target.startsWith(TARGET_PREFIX)) {
            throw DemoError.UNKNOWN_OPERATION.exception("The demo Config service does not serve " + target);
        }
        String operation = target.substring(TARGET_PREFIX.length());
        checkAccess(scope, operation);
        RequestBody request = RequestBody.parse(body);
        return switch (operation) {
            case "DescribeConfigurationAggregators" -> aggregator == null
                    ? Reply.ok(Map.of("ConfigurationAggregators", java.util.List.of()))
                    : aggregator.describeConfigurationAggregators(scope.region());
            case "SelectAggregateResourceConfig" -> {
                if (aggregator == null) {
                    throw DemoError.NO_SUCH_CONFIGURATION_AGGREGATOR.exception(
                            "The configuration aggregator does not exist. Check the configuration aggregator name and try again.");
                }
                yield aggregator.selectAggregateResourceConfig(request);
            }
            default -> throw DemoError.UNKNOWN_OPERATION.exception("The demo Config service does not serve " + operation);
        };
    }

    private void checkAccess(SigV4Scope scope, String operation) {
        if (organization == null) {
            return;
        }
        organization.roleKeys(scope.accessKeyId()).ifPresent(keys -> {
            SampleOrganization.Member member = organization.organization().member(keys.accountId()).orElseThrow();
            if (member.deniesIvs(keys.role())) {
                throw DemoError.ACCESS_DENIED.exception("User: arn:aws:sts::" + member.accountId() + ":assumed-role/AWSReservedSSO_"
                        + keys.role() + "_demo/demo-user is not authorized to perform: config:" + operation);
            }
        });
    }

    /** JSON 1.1 errors name their type in the body too. */
    private static Reply error(ApiException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("__type", e.error().code());
        body.put("message", e.getMessage());
        return new Reply(e.error().status(), dev.ivsinspector.model.JsonText.compact(body).getBytes(StandardCharsets.UTF_8),
                e.error(), false);
    }
}
