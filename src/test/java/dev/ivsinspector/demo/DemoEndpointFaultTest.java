package dev.ivsinspector.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.ivs.model.AccessDeniedException;
import software.amazon.awssdk.services.ivs.model.InternalServerException;
import software.amazon.awssdk.services.ivs.model.IvsException;
import software.amazon.awssdk.services.ivs.model.RecordingConfiguration;
import software.amazon.awssdk.services.ivs.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ivs.model.ThrottlingException;
import software.amazon.awssdk.services.ivs.model.ValidationException;

/** Each fault id, as the real SDK client sees it. */
class DemoEndpointFaultTest {
    private static final Duration SLOW = Duration.ofMillis(400);
    private static DemoEndpoint endpoint;

    @BeforeAll
    static void start() {
        endpoint = DemoEndpoint.start(SampleAccount.standard().withSlowDelay(SLOW));
    }

    @AfterAll
    static void stop() {
        endpoint.close();
    }

    static Stream<Arguments> serviceErrors() {
        return Stream.of(
                Arguments.of(FaultIds.ACCESS_DENIED, AccessDeniedException.class, 403, "AccessDeniedException"),
                Arguments.of(FaultIds.INTERNAL, InternalServerException.class, 500, "InternalServerException"),
                Arguments.of(FaultIds.THROTTLE, ThrottlingException.class, 429, "ThrottlingException"),
                // Not modeled by IVS: the SDK raises the service's base exception with the code.
                Arguments.of(FaultIds.UNAVAILABLE, IvsException.class, 503, "ServiceUnavailableException"),
                Arguments.of(FaultIds.VALIDATION, ValidationException.class, 400, "ValidationException"),
                Arguments.of(FaultIds.MISSING, ResourceNotFoundException.class, 404, "ResourceNotFoundException"));
    }

    @ParameterizedTest(name = "{0} -> {2} {3}")
    @MethodSource("serviceErrors")
    void faultIdsAnswerWithTheServiceError(String faultId, Class<? extends AwsServiceException> type, int status,
            String code) {
        int before = endpoint.requestCount();
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            assertThatThrownBy(() -> ivs.getRecordingConfiguration(r -> r.arn(FaultIds.arn("us-west-2", faultId))))
                    .isExactlyInstanceOf(type)
                    .isInstanceOfSatisfying(AwsServiceException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(status);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
                        assertThat(e.awsErrorDetails().errorMessage()).isNotBlank();
                        assertThat(UUID.fromString(e.requestId())).isNotNull();
                        assertThat(e.isThrottlingException()).isEqualTo(status == 429);
                    });
        }
        assertThat(endpoint.requestCount()).as("one request, no retries").isEqualTo(before + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-central-1", "ap-northeast-1", "us-west-2"})
    void faultIdsWorkInAnyRegion(String region) {
        try (IvsClient ivs = DemoClients.ivs(endpoint, region)) {
            assertThatThrownBy(() -> ivs.getRecordingConfiguration(r -> r.arn(FaultIds.arn(region, FaultIds.THROTTLE))))
                    .isInstanceOf(ThrottlingException.class);
            assertThatThrownBy(() -> ivs.listTagsForResource(r -> r.resourceArn(FaultIds.arn(region, FaultIds.INTERNAL))))
                    .isInstanceOf(InternalServerException.class);
        }
    }

    @Test
    void theSlowFaultAnswersAfterTheDelay() {
        String arn = FaultIds.arn("us-west-2", FaultIds.SLOW);
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            long started = System.nanoTime();
            RecordingConfiguration rc = ivs.getRecordingConfiguration(r -> r.arn(arn)).recordingConfiguration();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(rc.arn()).isEqualTo(arn);
            assertThat(rc.stateAsString()).isEqualTo("ACTIVE");
            assertThat(took).isGreaterThanOrEqualTo(SLOW);
        }
    }

    @Test
    void theSlowFaultOutlastsAShorterCallTimeout() {
        String arn = FaultIds.arn("us-west-2", FaultIds.SLOW);
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2", Duration.ofMillis(150))) {
            assertThatThrownBy(() -> ivs.getRecordingConfiguration(r -> r.arn(arn)))
                    .isInstanceOf(ApiCallTimeoutException.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {FaultIds.GARBAGE, FaultIds.TRUNCATED, FaultIds.RESET})
    void brokenResponsesAreClientErrorsNotServiceErrors(String faultId) {
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            assertThatThrownBy(() -> ivs.getRecordingConfiguration(r -> r.arn(FaultIds.arn("us-west-2", faultId))))
                    .isInstanceOf(SdkClientException.class);
        }
    }

    @Test
    void theEndpointStillServesAfterAReset() {
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> ivs.getRecordingConfiguration(
                    r -> r.arn(FaultIds.arn("us-west-2", FaultIds.RESET)))).isInstanceOf(SdkClientException.class);
            // The connection must really drop: a blocked url-connection read ignores the call timeout and
            // would only give up after its 30 s socket timeout.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            String richest = endpoint.account().sampleArns().get(0);
            assertThat(ivs.getRecordingConfiguration(r -> r.arn(richest)).recordingConfiguration().arn())
                    .isEqualTo(richest);
        }
    }

    @Test
    void faultIdsNeverAppearInLists() {
        try (IvsClient ivs = DemoClients.ivs(endpoint, "us-west-2")) {
            assertThat(ivs.listRecordingConfigurations(r -> r.maxResults(100)).recordingConfigurations())
                    .noneMatch(c -> c.arn().contains("fault-"));
        }
    }
}
