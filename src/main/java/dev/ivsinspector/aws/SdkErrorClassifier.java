package dev.ivsinspector.aws;

import java.io.EOFException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.Locale;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/** Turns whatever the SDK threw into an {@link IvsCallException} of the right {@link ErrorKind}. */
final class SdkErrorClassifier {

    private SdkErrorClassifier() {
    }

    /** @param lastRequestId the request id of the last answer received, used when the exception lacks one */
    static IvsCallException classify(String operation, Throwable error, String lastRequestId) {
        if (error instanceof IvsCallException already) {
            return already;
        }
        if (error instanceof AwsServiceException service) {
            return fromService(operation, service);
        }
        ErrorKind kind = clientSideKind(error);
        return new IvsCallException(kind, operation, describe(error), null, 0, lastRequestId, error);
    }

    private static IvsCallException fromService(String operation, AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        ErrorKind kind = serviceKind(code, e);
        return new IvsCallException(kind, operation, message == null ? e.getMessage() : message, code,
                e.statusCode(), e.requestId(), e);
    }

    private static ErrorKind serviceKind(String code, AwsServiceException e) {
        String c = code == null ? "" : code;
        if (c.equals("ResourceNotFoundException") || c.equals("NoSuchKey") || c.equals("NoSuchBucket")) {
            return ErrorKind.NOT_FOUND;
        }
        if (c.equals("AccessDeniedException") || c.equals("AccessDenied")) {
            return ErrorKind.ACCESS_DENIED;
        }
        // The keys themselves were not accepted: rotated, deleted, mistyped, or a clock far off.
        if (c.equals("UnrecognizedClientException") || c.equals("InvalidClientTokenId")
                || c.equals("InvalidSignatureException") || c.equals("SignatureDoesNotMatch")
                || c.equals("MissingAuthenticationTokenException") || c.equals("IncompleteSignatureException")) {
            return ErrorKind.INVALID_CREDENTIALS;
        }
        if (c.equals("ExpiredTokenException") || c.equals("ExpiredToken") || c.equals("UnauthorizedException")) {
            return ErrorKind.SSO_TOKEN_EXPIRED;
        }
        if (c.equals("ValidationException")) {
            return ErrorKind.VALIDATION;
        }
        if (e.isThrottlingException() || c.startsWith("Throttling") || e.statusCode() == 429) {
            return ErrorKind.THROTTLED;
        }
        if (c.equals("InternalServerException") || e.statusCode() >= 500) {
            return ErrorKind.INTERNAL_SERVER;
        }
        return ErrorKind.SERVICE_OTHER;
    }

    private static ErrorKind clientSideKind(Throwable error) {
        if (hasCause(error, OutsideInputGuard.RefusedEndpointException.class)) {
            return ErrorKind.INSECURE_ENDPOINT;
        }
        if (hasCause(error, OutsideInputGuard.AnswerTooLargeException.class)) {
            return ErrorKind.ANSWER_TOO_LARGE;
        }
        if (hasCause(error, CredentialsFailure.class)) {
            return ErrorKind.CREDENTIAL_PROCESS;
        }
        if (error instanceof AbortedException || hasCause(error, InterruptedException.class) && !hasCause(error, SocketTimeoutException.class)) {
            return ErrorKind.CANCELLED;
        }
        if (error instanceof ApiCallTimeoutException || error instanceof ApiCallAttemptTimeoutException
                || hasCause(error, SocketTimeoutException.class)) {
            return ErrorKind.TIMED_OUT;
        }
        // The SDK's messages print the whole profile file (section and property names of every profile): an
        // "sso-session" or "aws_session_token" there says nothing about the profile in use.
        String text = allMessages(error).replaceAll("Profile\\(name=[^)]*\\)", "").replaceAll("sections=\\[[^\\]]*\\]", "")
                .toLowerCase(Locale.ROOT);
        if (text.contains("sso") && (text.contains("token") && (text.contains("expired") || text.contains("unable to load")
                || text.contains("refresh")))) {
            return ErrorKind.SSO_TOKEN_EXPIRED;
        }
        if (text.contains("unable to load credentials") || text.contains("unable to load aws credentials")
                || text.contains("profile file contained no credentials") || text.contains("no credentials")) {
            return ErrorKind.NO_CREDENTIALS;
        }
        if (hasCause(error, SSLHandshakeException.class) || hasCause(error, CertificateException.class)
                || hasCause(error, CertPathBuilderException.class) || hasCause(error, SSLPeerUnverifiedException.class)) {
            return ErrorKind.UNTRUSTED_CERTIFICATE;
        }
        if (hasCause(error, ConnectException.class) || hasCause(error, UnknownHostException.class)
                || hasCause(error, NoRouteToHostException.class)) {
            return ErrorKind.UNREACHABLE;
        }
        if (text.contains("unable to unmarshall") || text.contains("unable to parse") || hasCauseNamed(error, "JsonParseException")
                || hasCauseNamed(error, "JsonEOFException") || hasCauseNamed(error, "JsonProcessingException")) {
            return ErrorKind.UNPARSEABLE_RESPONSE;
        }
        if (hasCause(error, EOFException.class) || hasCause(error, SocketException.class)
                || hasCause(error, InterruptedIOException.class)) {
            return ErrorKind.UNREACHABLE;
        }
        return ErrorKind.UNEXPECTED;
    }

    private static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Our own failures say exactly what happened; the SDK's wrapping adds nothing for the user.
            if (t instanceof OutsideInputGuard.RefusedEndpointException || t instanceof OutsideInputGuard.AnswerTooLargeException
                    || t instanceof CredentialsFailure) {
                return t.getMessage();
            }
        }
        String message = error.getMessage();
        return message == null ? error.getClass().getSimpleName() : message;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCauseNamed(Throwable error, String simpleName) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    private static String allMessages(Throwable error) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
