package dev.ivsinspector.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import dev.ivsinspector.demo.SampleConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkClientConfiguration;
import software.amazon.awssdk.core.client.config.SdkClientOption;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.protocols.core.OperationInfo;
import software.amazon.awssdk.protocols.core.ProtocolMarshaller;
import software.amazon.awssdk.protocols.json.AwsJsonProtocol;
import software.amazon.awssdk.protocols.json.AwsJsonProtocolFactory;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.GetRecordingConfigurationResponse;

/**
 * The JSON tab must print exactly what {@code aws ivs get-recording-configuration} prints. Two independent
 * references, both compared as parsed trees (the SDK's own JsonNodeParser), for every configuration of the
 * standard demo account:
 * <ol>
 * <li>the raw response body on the wire, captured by an ExecutionInterceptor before the SDK unmarshals it:
 * this is what the CLI parses and prints, so it is the closest thing to "what the CLI shows";</li>
 * <li>the SDK's own REST-JSON marshaller (AwsJsonProtocolFactory, as the generated IvsClient builds it)
 * applied to the very object we printed: member names, nesting and order as the SDK itself writes them,
 * independent of the demo endpoint's JSON writer.</li>
 * </ol>
 * A hand-written expected JSON would only check our writer against our own reading of the model.
 */
class SdkJsonMatchesTheSdkTest {

    private static final AtomicReference<String> lastBody = new AtomicReference<>();
    private static DemoEndpoint endpoint;
    private static final Map<String, IvsClient> clients = new java.util.HashMap<>();

    /** Keeps a copy of the response body and hands the SDK an identical stream. */
    private static final class BodyCapture implements ExecutionInterceptor {
        @Override
        public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                               ExecutionAttributes attributes) {
            return context.responseBody().map(stream -> {
                try (stream) {
                    byte[] bytes = stream.readAllBytes();
                    lastBody.set(new String(bytes, StandardCharsets.UTF_8));
                    return new ByteArrayInputStream(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @BeforeAll
    static void startEndpoint() {
        endpoint = DemoEndpoint.start(SampleAccount.standard());
    }

    /** The demo endpoint answers for the region a request is signed for, as IVS does: one client per region. */
    private static IvsClient client(String region) {
        return clients.computeIfAbsent(region, r -> IvsClient.builder()
                .endpointOverride(endpoint.uri())
                .region(Region.of(r))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(DemoEndpoint.ACCESS_KEY_ID, DemoEndpoint.SECRET_ACCESS_KEY)))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()).addExecutionInterceptor(new BodyCapture()))
                .build());
    }

    private static GetRecordingConfigurationResponse fetch(String arn) {
        return client(arn.split(":")[3]).getRecordingConfiguration(r -> r.arn(arn));
    }

    @AfterAll
    static void stopEndpoint() {
        clients.values().forEach(IvsClient::close);
        endpoint.close();
    }

    @Test
    void everySampleConfigurationPrintsMemberForMemberAsTheWireSentIt() {
        List<SampleConfig> configs = SampleAccount.standard().configs();
        assertThat(configs).hasSizeGreaterThan(12);
        for (SampleConfig config : configs) {
            GetRecordingConfigurationResponse response = fetch(config.arn());
            String ours = JsonText.pretty(SdkJson.of(response));

            assertThat(plain(JsonNode.parser().parse(ours))).as(config.arn())
                    .isEqualTo(plain(JsonNode.parser().parse(lastBody.get())));
        }
    }

    @Test
    void everySampleConfigurationPrintsAsTheSdksOwnMarshallerWritesIt() {
        for (SampleConfig config : SampleAccount.standard().configs()) {
            GetRecordingConfigurationResponse response = fetch(config.arn());
            String ours = JsonText.pretty(SdkJson.of(response));
            String sdks = body(sdkMarshaller().marshall(response));

            Object expected = plain(JsonNode.parser().parse(sdks));
            Object actual = plain(JsonNode.parser().parse(ours));
            // Maps compare regardless of order: the SDK marshals alphabetically, we print in the service model's
            // order like the CLI (ApiMemberOrder; CliParityTest checks the text where the CLI is installed).
            assertThat(actual).as(config.arn()).isEqualTo(expected);
        }
    }

    @Test
    void theLayoutIsTheClisFourSpaceIndent() {
        GetRecordingConfigurationResponse response = fetch(SampleAccount.standard().sampleArns().get(1));

        assertThat(JsonText.pretty(SdkJson.of(response))).isEqualTo("""
                {
                    "recordingConfiguration": {
                        "arn": "arn:aws:ivs:us-west-2:123456789012:recording-configuration/Mn0Pq1Rs2Tu3",
                        "destinationConfiguration": {
                            "s3": {
                                "bucketName": "ivs-minimal-bucket"
                            }
                        },
                        "state": "ACTIVE"
                    }
                }""");
    }

    /**
     * The marshaller the generated IvsClient uses for its REST-JSON requests (same OperationInfo flags as
     * GetRecordingConfigurationRequestMarshaller), applied to any SdkPojo. One per object: it owns a
     * JSON generator that is closed after one use.
     */
    private static ProtocolMarshaller<SdkHttpFullRequest> sdkMarshaller() {
        SdkClientConfiguration configuration = SdkClientConfiguration.builder()
                .option(SdkClientOption.ENDPOINT, URI.create("https://ivs.us-west-2.amazonaws.com"))
                .build();
        AwsJsonProtocolFactory factory = AwsJsonProtocolFactory.builder().clientConfiguration(configuration)
                .protocol(AwsJsonProtocol.REST_JSON).protocolVersion("1.1").build();
        return factory.createProtocolMarshaller(OperationInfo.builder().requestUri("/").httpMethod(SdkHttpMethod.POST)
                .hasExplicitPayloadMember(false).hasPayloadMembers(true).hasImplicitPayloadMembers(true).build());
    }

    private static String body(SdkHttpFullRequest request) {
        try (InputStream in = request.contentStreamProvider().orElseThrow().newStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A parsed tree as ordered maps, lists and text, so AssertJ can compare and print it. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> members = new LinkedHashMap<>();
            node.asObject().forEach((key, value) -> members.put(key, plain(value)));
            return members;
        }
        if (node.isArray()) {
            List<Object> elements = new ArrayList<>();
            node.asArray().forEach(element -> elements.add(plain(element)));
            return elements;
        }
        if (node.isNull()) {
            return null;
        }
        return (node.isString() ? "s:" : node.isNumber() ? "n:" : "b:") + node.text();
    }
}
