package dev.ivsinspector.demo.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ivsinspector.demo.AccountResources;
import dev.ivsinspector.demo.SigV4Scope;
import dev.ivsinspector.demo.Xml;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query protocol IAM and STS speak: {@code POST /} with a form body {@code Action=...&Version=...&...},
 * answered with {@code <ActionResponse><ActionResult>...</ActionResult><ResponseMetadata>} or an
 * {@code <ErrorResponse>} carrying Type, Code, Message and the request id.
 */
public final class QueryHttpHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(QueryHttpHandler.class);

    private final String service;
    private final String namespace;
    private final Function<String, AccountResources> resourcesByAccessKey;
    private final Map<String, BiFunction<AccountResources, Map<String, String>, String>> actions;

    private QueryHttpHandler(String service, String namespace, Function<String, AccountResources> resourcesByAccessKey,
            Map<String, BiFunction<AccountResources, Map<String, String>, String>> actions) {
        this.service = service;
        this.namespace = namespace;
        this.resourcesByAccessKey = resourcesByAccessKey;
        this.actions = Map.copyOf(actions);
    }

    /** IAM, answering each request from the resources of the account its access key belongs to. */
    public static QueryHttpHandler iam(Function<String, AccountResources> resourcesByAccessKey) {
        return new QueryHttpHandler("iam", "https://iam.amazonaws.com/doc/2010-05-08/", resourcesByAccessKey,
                Map.of("GetRole", IamActions::getRole));
    }

    public static QueryHttpHandler sts(Function<String, AccountResources> resourcesByAccessKey) {
        return new QueryHttpHandler("sts", "https://sts.amazonaws.com/doc/2011-06-15/", resourcesByAccessKey,
                Map.of("GetCallerIdentity", StsActions::getCallerIdentity));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        int status = 200;
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, String> form = form(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            body = answer(exchange, form, requestId);
        } catch (QueryError e) {
            status = e.status();
            body = errorBody(e, requestId);
        } catch (RuntimeException e) {
            LOG.warn("Demo {}: unexpected failure", service, e);
            QueryError error = new QueryError(500, "Receiver", "InternalFailure", "Unexpected error in the demo endpoint");
            status = error.status();
            body = errorBody(error, requestId);
        }
        byte[] bytes = (Xml.DECLARATION + body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/xml");
        exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            LOG.debug("Demo {}: the client went away", service, e);
        }
    }

    private String answer(HttpExchange exchange, Map<String, String> form, String requestId) {
        SigV4Scope scope = SigV4Scope.parse(exchange.getRequestHeaders().getFirst("Authorization"), service);
        String action = form.getOrDefault("Action", "");
        BiFunction<AccountResources, Map<String, String>, String> handler = actions.get(action);
        if (!"POST".equals(exchange.getRequestMethod()) || handler == null) {
            throw new QueryError(400, "Sender", "InvalidAction",
                    "Could not find operation " + action + " for version " + form.getOrDefault("Version", ""));
        }
        return "<" + action + "Response xmlns=\"" + namespace + "\"><" + action + "Result>" + handler.apply(resourcesByAccessKey.apply(scope.accessKeyId()), form)
                + "</" + action + "Result><ResponseMetadata>" + Xml.element("RequestId", requestId)
                + "</ResponseMetadata></" + action + "Response>";
    }

    private String errorBody(QueryError e, String requestId) {
        return "<ErrorResponse xmlns=\"" + namespace + "\"><Error>" + Xml.element("Type", e.type())
                + Xml.element("Code", e.code()) + Xml.element("Message", e.getMessage()) + "</Error>"
                + Xml.element("RequestId", requestId) + "</ErrorResponse>";
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
