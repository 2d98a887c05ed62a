package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.ivsinspector.ui.common.ErrorMessages;
import java.io.FileInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A self-signed https endpoint is refused, and the dialog names the untrusted certificate. */
class UntrustedCertificateTest {

    @TempDir
    Path dir;

    @Test
    void aSelfSignedEndpointEndsInTheUntrustedCertificateDialog() throws Exception {
        Path keystore = dir.resolve("self-signed.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "test", "-keyalg", "EC", "-dname", "CN=localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 5);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try (SdkIvsGateway gateway = new SdkIvsGateway(ConnectionSettings.demo(
                URI.create("https://localhost:" + server.getAddress().getPort())).withCallTimeout(Duration.ofSeconds(5)))) {
            IvsCallException failure = catchThrowableOfType(IvsCallException.class,
                    () -> gateway.listRecordingConfigurations("us-west-2", null, 10));

            assertThat(failure.kind()).isEqualTo(ErrorKind.UNTRUSTED_CERTIFICATE);
            assertThat(ErrorMessages.load().describe(failure, "arn", "us-west-2").header())
                    .contains("certificate is not trusted");
        } finally {
            server.stop(0);
        }
    }
}
