package dev.ivsinspector.aws;

import dev.ivsinspector.i18n.Texts;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The one rule for every endpoint the app sends a request to, whatever set it (--endpoint-url,
 * AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_&lt;SERVICE&gt;, endpoint_url in the config file, Advanced…) and whatever
 * the service: https anywhere, plain http only to this machine. Plain http would carry signed requests and
 * the answers in clear text over the network.
 */
public final class EndpointRule {

    private EndpointRule() {
    }

    /** Why {@code endpoint} is refused, in the user's words, or null when it may be used. */
    public static String problemWith(URI endpoint) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (endpoint.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Texts.format("endpoint.invalid", endpoint);
        }
        if (scheme.equals("http") && !isLoopback(endpoint.getHost())) {
            return Texts.format("endpoint.plainHttp", endpoint.getHost());
        }
        return null;
    }

    /** Throws {@link IllegalArgumentException} with {@link #problemWith}'s text when the endpoint is refused. */
    public static void require(URI endpoint) {
        String problem = problemWith(endpoint);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are checked, so no DNS lookup happens here (a name could resolve anywhere).
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
