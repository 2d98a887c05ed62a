package dev.ivsinspector.aws;

import dev.ivsinspector.i18n.Texts;
import dev.ivsinspector.model.Bounds;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Given to every SDK client by {@link SdkClientDefaults}, so new services get it too. Before a request leaves
 * it applies {@link EndpointRule} to the endpoint the SDK really resolved (from any source); while an answer
 * arrives it stops reading past {@link Bounds#ANSWER_BYTES}, so a hostile endpoint cannot fill the heap.
 */
final class OutsideInputGuard implements ExecutionInterceptor {

    private final long answerLimit;

    OutsideInputGuard() {
        this(Bounds.ANSWER_BYTES);
    }

    OutsideInputGuard(long answerLimit) {
        this.answerLimit = answerLimit;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        URI endpoint = URI.create(request.protocol() + "://" + bracketed(request.host()) + ":" + request.port());
        String problem = EndpointRule.problemWith(endpoint);
        if (problem != null) {
            throw new RefusedEndpointException(problem);
        }
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        return context.responseBody().map(body -> new BoundedStream(body, answerLimit));
    }

    private static String bracketed(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** An endpoint refused by {@link EndpointRule}; nothing was sent. */
    static final class RefusedEndpointException extends RuntimeException {
        RefusedEndpointException(String message) {
            super(message);
        }
    }

    /** The answer grew past the bound; unchecked so the SDK does not retry it as a network failure. */
    static final class AnswerTooLargeException extends RuntimeException {
        AnswerTooLargeException(long limit) {
            super(Texts.format("answer.tooLarge", limit));
        }
    }

    private static final class BoundedStream extends FilterInputStream {
        private final long limit;
        private long read;

        BoundedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new AnswerTooLargeException(limit);
            }
        }
    }
}
