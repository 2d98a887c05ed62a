package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule on resolved URIs only: no request is sent here. */
class EndpointRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:4566", "http://localhost:8080", "http://[::1]:9000", "http://127.0.0.2",
            "https://ivs.us-west-2.amazonaws.com", "https://example.internal:8443", "https://10.0.0.5"})
    void httpsAnywhereAndPlainHttpToThisMachineAreAllowed(String url) {
        assertThat(EndpointRule.problemWith(URI.create(url))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.internal:80", "http://10.0.0.5:4566", "http://0.0.0.0:4566",
            "http://localhost.example.com", "http://127.0.0.1.nip.io", "http://[fe80::1]:80"})
    void plainHttpToAnyOtherHostIsRefused(String url) {
        assertThat(EndpointRule.problemWith(URI.create(url))).contains("Plain http is allowed only to this machine");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1", "localhost:4566", "file:///etc/passwd"})
    void anythingButHttpOrHttpsIsRefused(String url) {
        assertThat(EndpointRule.problemWith(URI.create(url))).contains("is not valid");
    }
}
