package dev.ivsinspector.demo;

import dev.ivsinspector.model.JsonText;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS Config aggregator of the demo organization: DescribeConfigurationAggregators names it, and
 * SelectAggregateResourceConfig answers an advanced query for {@code AWS::IVS::RecordingConfiguration} from the
 * same configurations the member accounts list, one JSON string per configuration item (as Config sends them),
 * page by page (Limit 0..100, 25 when not given or 0, as for Config's non-aggregating queries).
 */
final class AggregatorOperations {

    static final String AGGREGATOR_NAME = "demo-organization";
    static final String RESOURCE_TYPE = "AWS::IVS::RecordingConfiguration";
    private static final int DEFAULT_PAGE = 25;
    private static final Pattern SELECT = Pattern.compile("(?is)^\\s*SELECT\\s+(.+?)\\s+WHERE\\s+(.+)$");

    private final SampleOrganization organization;
    /** When Config last recorded the items: a while before the endpoint started, like a real recorder's lag. */
    private final Instant recordedAt;

    AggregatorOperations(SampleOrganization organization, Instant started) {
        this.organization = organization;
        this.recordedAt = started.minus(17, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    }

    Reply describeConfigurationAggregators(String region) {
        String managementAccount = organization.members().get(0).accountId();
        Map<String, Object> aggregator = new LinkedHashMap<>();
        aggregator.put("ConfigurationAggregatorName", AGGREGATOR_NAME);
        aggregator.put("ConfigurationAggregatorArn", "arn:aws:config:" + region + ":" + managementAccount
                + ":config-aggregator/config-aggregator-demo0001");
        aggregator.put("OrganizationAggregationSource", Map.of(
                "RoleArn", "arn:aws:iam::" + managementAccount + ":role/service-role/AWSConfigRoleForOrganizations",
                "AllAwsRegions", true));
        aggregator.put("CreationTime", recordedAt.minus(30, ChronoUnit.DAYS).getEpochSecond());
        return Reply.ok(Map.of("ConfigurationAggregators", List.of(aggregator)));
    }

    Reply selectAggregateResourceConfig(RequestBody request) {
        String name = request.string("ConfigurationAggregatorName").orElse("");
        if (!AGGREGATOR_NAME.equals(name)) {
            throw DemoError.NO_SUCH_CONFIGURATION_AGGREGATOR.exception(
                    "The configuration aggregator does not exist. Check the configuration aggregator name and try again.");
        }
        Matcher query = SELECT.matcher(request.string("Expression").orElse(""));
        if (!query.matches()) {
            throw DemoError.INVALID_EXPRESSION.exception("Invalid query: expected SELECT <fields> WHERE <condition>");
        }
        List<String> fields = List.of(query.group(1).split("\\s*,\\s*"));
        List<SampleConfig> matching = query.group(2).contains("'" + RESOURCE_TYPE + "'") ? all() : List.of();
        long limit = request.integer("Limit").or(() -> request.integer("MaxResults")).orElse(0L);
        if (limit < 0 || limit > Pages.MAX_RESULTS_LIMIT) {
            throw DemoError.INVALID_LIMIT.exception("Limit must be between 0 and " + Pages.MAX_RESULTS_LIMIT);
        }
        Pages.Page<SampleConfig> page;
        try {
            page = Pages.page(matching, limit == 0 ? DEFAULT_PAGE : (int) limit,
                    request.string("NextToken").orElse(null), "SelectAggregateResourceConfig", AGGREGATOR_NAME);
        } catch (ApiException e) {
            throw DemoError.INVALID_NEXT_TOKEN.exception("The nextToken provided is invalid");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Results", page.items().stream().map(c -> JsonText.compact(item(c, fields))).toList());
        body.put("QueryInfo", Map.of("SelectFields", fields.stream().map(f -> Map.of("Name", f)).toList()));
        if (page.nextToken() != null) {
            body.put("NextToken", page.nextToken());
        }
        return Reply.ok(body);
    }

    private List<SampleConfig> all() {
        List<SampleConfig> all = new ArrayList<>();
        organization.members().forEach(m -> all.addAll(m.account().configs()));
        return all;
    }

    /** One configuration item with the selected fields, named as Config names them. */
    private Map<String, Object> item(SampleConfig c, List<String> fields) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (String field : fields) {
            switch (field.toLowerCase(Locale.ROOT)) {
                case "resourceid" -> item.put("resourceId", c.arn());
                case "resourcename" -> item.put("resourceName", c.name() == null ? "" : c.name());
                case "resourcetype" -> item.put("resourceType", RESOURCE_TYPE);
                case "accountid" -> item.put("accountId", c.accountId());
                case "awsregion" -> item.put("awsRegion", c.region());
                case "arn" -> item.put("arn", c.arn());
                case "configuration" -> item.put("configuration", configuration(c));
                case "tags" -> item.put("tags", tags(c));
                case "configurationitemcapturetime" -> item.put("configurationItemCaptureTime", recordedAt.toString());
                default -> { } // Config leaves out fields an item does not have
            }
        }
        return item;
    }

    /** The configuration as Config records it: the resource type's CloudFormation properties. */
    private static Map<String, Object> configuration(SampleConfig c) {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put("Arn", c.arn());
        if (c.name() != null) {
            configuration.put("Name", c.name());
        }
        configuration.put("State", c.state());
        configuration.put("DestinationConfiguration", Map.of("S3", Map.of("BucketName", c.bucketName())));
        if (c.recordingReconnectWindowSeconds() != null) {
            configuration.put("RecordingReconnectWindowSeconds", c.recordingReconnectWindowSeconds());
        }
        return configuration;
    }

    private static List<Map<String, String>> tags(SampleConfig c) {
        List<Map<String, String>> tags = new ArrayList<>();
        if (c.tags() != null) {
            c.tags().forEach((k, v) -> {
                Map<String, String> tag = new LinkedHashMap<>();
                tag.put("key", k);
                tag.put("value", v);
                tag.put("tag", k + "=" + v);
                tags.add(tag);
            });
        }
        return tags;
    }
}
