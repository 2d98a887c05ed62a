package dev.ivsinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.ivs.IvsClient;

/** The wire details below the SDK: authentication, headers, error bodies, unknown operations, lifecycle. */
class DemoEndpointProtocolTest {
    private static final String AUTH = "AWS4-HMAC-SHA256 Credential=" + DemoEndpoint.ACCESS_KEY_ID
            + "/20251101/us-west-2/ivs/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123abcd";
    private static final String RICHEST = "arn:aws:ivs:us-west-2:123456789012:recording-configuration/AbCdEf123456";

    private static DemoEndpoint endpoint;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    private static HttpResponse<String> post(String path, String authorization, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.uri().resolve(path))
                .timeout(Duration.ofSeconds(3))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRequestWithoutAuthorizationIsRejectedWith403() throws Exception {
        int before = endpoint.requestCount();
        HttpResponse<String> response = post("/GetRecordingConfiguration", null, "{\"arn\":\"" + RICHEST + "\"}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValueSatisfying(
                type -> assertThat(type).startsWith("MissingAuthenticationTokenException:"));
        assertThat(response.body()).contains("\"message\":\"Missing Authentication Token\"")
                .contains("\"exceptionMessage\":");
        assertThat(endpoint.requestCount()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Basic dXNlcjpwYXNz|IncompleteSignatureException",
        "AWS4-HMAC-SHA256 SignedHeaders=host, Signature=abc|IncompleteSignatureException",
        "AWS4-HMAC-SHA256 Credential=AKID/2025/us-west-2/ivs/aws4_request, SignedHeaders=host, Signature=abc"
                + "|IncompleteSignatureException",
        "AWS4-HMAC-SHA256 Credential=AKID/20251101/us-west-2/kinesis/aws4_request, SignedHeaders=host, Signature=abc"
                + "|InvalidSignatureException"})
    void aMalformedAuthorizationIsRejectedWith403(String authorization, String code) throws Exception {
        HttpResponse<String> response = post("/ListRecordingConfigurations", authorization, "{}");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("x-amzn-ErrorType").orElseThrow()).startsWith(code + ":");
    }

    @Test
    void anyKeysWorkBecauseTheSignatureIsNotVerified() throws Exception {
        String someoneElses = AUTH.replace(DemoEndpoint.ACCESS_KEY_ID, "AKIAUSERSOWNKEY00000");
        HttpResponse<String> response = post("/GetRecordingConfiguration", someoneElses, "{\"arn\":\"" + RICHEST + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(UUID.fromString(response.headers().firstValue("x-amzn-RequestId").orElseThrow())).isNotNull();
        assertThat(response.body()).startsWith("{\"recordingConfiguration\":{\"arn\":\"" + RICHEST + "\"");
    }

    @Test
    void everyResponseHasAFreshRequestId() throws Exception {
        String first = post("/ListChannels", AUTH, "{}").headers().firstValue("x-amzn-RequestId").orElseThrow();
        String second = post("/ListChannels", AUTH, "{}").headers().firstValue("x-amzn-RequestId").orElseThrow();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void anUnknownOperationIs404UnknownOperationException() throws Exception {
        HttpResponse<String> response = post("/CreateRecordingConfiguration", AUTH, "{}");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType").orElseThrow())
                .isEqualTo("UnknownOperationException:http://internal.amazon.com/coral/com.amazonaws.ivs/");
    }

    @Test
    void aBodyThatIsNotJsonIsASerializationError() throws Exception {
        HttpResponse<String> response = post("/GetRecordingConfiguration", AUTH, "arn=" + RICHEST);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType").orElseThrow()).startsWith("SerializationException:");
    }

    @Test
    void tagsAreAGetWithTheEncodedArnInThePath() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint.uri().resolve(
                        "/tags/" + URLEncoder.encode(RICHEST, StandardCharsets.UTF_8)))
                .header("Authorization", AUTH).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"tags\":{\"env\":\"prod\"");
    }

    @Test
    void requestCountCountsEveryRequestTheSdkSends() {
        try (DemoEndpoint fresh = DemoEndpoint.start(); IvsClient ivs = DemoClients.ivs(fresh, "us-west-2")) {
            assertThat(fresh.requestCount()).isZero();
            ivs.getRecordingConfiguration(r -> r.arn(RICHEST));
            assertThat(fresh.requestCount()).isEqualTo(1);
            ivs.listRecordingConfigurations(r -> { });
            ivs.listTagsForResource(r -> r.resourceArn(RICHEST));
            assertThat(fresh.requestCount()).isEqualTo(3);
        }
    }

    @Test
    void closeStopsPromptlyAndFreesThePort() {
        DemoEndpoint ep = DemoEndpoint.start(SampleAccount.standard().withSlowDelay(Duration.ofSeconds(30)));
        URI uri = ep.uri();
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        assertThat(uri.getPort()).isEqualTo(ep.port()).isPositive();
        Thread slowCall = new Thread(() -> {
            try (IvsClient ivs = DemoClients.ivs(ep, "us-west-2", Duration.ofSeconds(20))) {
                ivs.getRecordingConfiguration(r -> r.arn(FaultIds.arn("us-west-2", FaultIds.SLOW)));
            } catch (RuntimeException expected) {
                // the endpoint goes away under it
            }
        });
        slowCall.setDaemon(true);
        slowCall.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (ep.requestCount() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(ep.requestCount()).as("the slow request is being served").isEqualTo(1);
        long started = System.nanoTime();
        ep.close();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(uri.resolve("/ListChannels"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }
}
