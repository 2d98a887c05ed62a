package dev.ivsinspector.demo;

import java.util.Arrays;

/**
 * The error codes the demo endpoint can answer with, each with the HTTP status the real service uses.
 * The code is what clients read from the {@code x-amzn-ErrorType} header, so it must be spelled exactly
 * as AWS spells it for the SDK to raise its modeled exception (e.g. {@code ThrottlingException}).
 */
public enum DemoError {
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
    ACCESS_DENIED("AccessDeniedException", 403),
    VALIDATION("ValidationException", 400),
    CONFLICT("ConflictException", 409),
    INTERNAL_SERVER("InternalServerException", 500),
    THROTTLING("ThrottlingException", 429),
    SERVICE_UNAVAILABLE("ServiceUnavailableException", 503),
    /** A request body that is not JSON: what rest-json services answer before any validation. */
    SERIALIZATION("SerializationException", 400),
    /** A path or method the service does not know. */
    UNKNOWN_OPERATION("UnknownOperationException", 404),
    /** No Authorization header at all (AWS: "Missing Authentication Token"). */
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 403),
    /** An Authorization header that is not a complete SigV4 header. */
    INCOMPLETE_SIGNATURE("IncompleteSignatureException", 403),
    /** A SigV4 header scoped to another service than ivs. */
    INVALID_SIGNATURE("InvalidSignatureException", 403),
    /** Temporary keys past their expiration (STS and every SigV4 service answer this). */
    EXPIRED_TOKEN("ExpiredTokenException", 403),
    /** The SSO portal: no valid bearer token. */
    UNAUTHORIZED("UnauthorizedException", 401),
    /** The SSO portal's throttling answer (IVS says ThrottlingException). */
    TOO_MANY_REQUESTS("TooManyRequestsException", 429),
    /** The SSO portal's and OIDC's answer to a malformed request. */
    INVALID_REQUEST("InvalidRequestException", 400),
    /** OIDC CreateToken before the user approved the device code. */
    AUTHORIZATION_PENDING("AuthorizationPendingException", 400),
    /** OIDC CreateToken with a device code or refresh token it does not know. */
    INVALID_GRANT("InvalidGrantException", 400),
    /** AWS Config: no aggregator of that name in the account and region. */
    NO_SUCH_CONFIGURATION_AGGREGATOR("NoSuchConfigurationAggregatorException", 400),
    /** AWS Config: a Limit outside 0..100. */
    INVALID_LIMIT("InvalidLimitException", 400),
    /** AWS Config: a NextToken it did not hand out. */
    INVALID_NEXT_TOKEN("InvalidNextTokenException", 400),
    /** AWS Config: an advanced-query expression it cannot run. */
    INVALID_EXPRESSION("InvalidExpressionException", 400);

    /** The suffix AWS appends to the code in x-amzn-ErrorType; clients keep only the part before ':'. */
    private static final String TYPE_SUFFIX = ":http://internal.amazon.com/coral/com.amazonaws.ivs/";

    private final String code;
    private final int status;

    DemoError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    /** The value of the x-amzn-ErrorType header for this error. */
    public String errorTypeHeader() {
        return code + TYPE_SUFFIX;
    }

    public ApiException exception(String message) {
        return new ApiException(this, message);
    }

    /** Looks an error up by its wire code ("ThrottlingException"); for configuring faults by name. */
    public static DemoError ofCode(String code) {
        return Arrays.stream(values())
                .filter(e -> e.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown error code: " + code));
    }
}
