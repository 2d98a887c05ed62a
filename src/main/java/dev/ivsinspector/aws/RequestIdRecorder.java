package dev.ivsinspector.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Remembers the request id of the last answer received on this thread. When an answer cannot be parsed the
 * SDK's exception carries no request id, yet support needs it most then; sync calls run their interceptors on
 * the calling thread, so a thread-local is enough.
 */
final class RequestIdRecorder implements ExecutionInterceptor {

    private static final ThreadLocal<String> LAST = new ThreadLocal<>();

    @Override
    public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
        LAST.set(context.httpResponse().firstMatchingHeader("x-amzn-RequestId")
                .or(() -> context.httpResponse().firstMatchingHeader("x-amz-request-id")).orElse(null));
    }

    static void clear() {
        LAST.remove();
    }

    static String last() {
        return LAST.get();
    }
}
