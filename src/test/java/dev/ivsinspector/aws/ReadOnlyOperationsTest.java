package dev.ivsinspector.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.ivs.IvsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Lists every SDK operation the app can call, by scanning the source of aws/ (the only package that knows the
 * clients) for calls of the clients' operation methods, and fails on any that writes.
 */
class ReadOnlyOperationsTest {
    private static final Path AWS_SOURCES = Path.of("src/main/java/dev/ivsinspector/aws");
    private static final Set<Class<?>> CLIENTS = Set.of(IvsClient.class, S3Client.class, IamClient.class,
            StsClient.class, SsoClient.class, SsoOidcClient.class);
    private static final Pattern READ = Pattern.compile("(get|list|head|describe)[A-Z].*");
    /**
     * The IAM Identity Center sign-in: these register this app as an OIDC client and fetch the user's own
     * token. They create no AWS resource and change nothing in any account.
     */
    private static final Set<String> SIGN_IN = Set.of("registerClient", "startDeviceAuthorization", "createToken");

    @Test
    void everyOperationTheAppCallsReads() throws IOException {
        Set<String> called = operationsCalled();
        assertThat(called).as("operations found in aws/").isNotEmpty()
                .contains("getRecordingConfiguration", "headBucket", "getBucketLocation", "getBucketPolicy", "getRole");
        assertThat(called).allSatisfy(op -> assertThat(READ.matcher(op).matches() || SIGN_IN.contains(op))
                .as(op + " is not a read").isTrue());
    }

    @Test
    void theDoctorsDeclaredListIsWhatItCalls() throws IOException {
        String source = Files.readString(AWS_SOURCES.resolve("SdkDoctorProbes.java"));
        Set<String> called = operationsIn(source, operationNames());
        Set<String> declared = new TreeSet<>();
        SdkDoctorProbes.OPERATIONS.forEach(op -> declared.add(Character.toLowerCase(op.charAt(0)) + op.substring(1)));
        assertThat(called).isEqualTo(declared);
    }

    private static Set<String> operationsCalled() throws IOException {
        Set<String> names = operationNames();
        Set<String> called = new TreeSet<>();
        try (Stream<Path> files = Files.walk(AWS_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                called.addAll(operationsIn(Files.readString(file), names));
            }
        }
        return called;
    }

    private static Set<String> operationsIn(String source, Set<String> names) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\.([a-z][A-Za-z0-9]*)\\(").matcher(source);
        while (m.find()) {
            if (names.contains(m.group(1))) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /** Methods of the client interfaces that take a request: the service operations. */
    private static Set<String> operationNames() {
        Set<String> names = new TreeSet<>();
        for (Class<?> client : CLIENTS) {
            for (Method method : client.getMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 1
                        && SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
                    names.add(method.getName());
                }
            }
        }
        return names;
    }
}
