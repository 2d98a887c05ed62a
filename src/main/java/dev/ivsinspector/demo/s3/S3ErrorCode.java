package dev.ivsinspector.demo.s3;

/** The S3 error codes the demo answers with, and the status S3 uses for each. */
public enum S3ErrorCode {
    NO_SUCH_BUCKET("NoSuchBucket", 404),
    NO_SUCH_KEY("NoSuchKey", 404),
    ACCESS_DENIED("AccessDenied", 403),
    INVALID_ACCESS_KEY_ID("InvalidAccessKeyId", 403),
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 403),
    AUTHORIZATION_QUERY_PARAMETERS_ERROR("AuthorizationQueryParametersError", 400),
    INVALID_ARGUMENT("InvalidArgument", 400),
    PERMANENT_REDIRECT("PermanentRedirect", 301),
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405);

    private final String code;
    private final int status;

    S3ErrorCode(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
