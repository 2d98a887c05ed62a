package dev.ivsinspector.faults;

import dev.ivsinspector.aws.ConnectionSettings;
import dev.ivsinspector.aws.SdkIvsGateway;
import dev.ivsinspector.demo.DemoEndpoint;
import dev.ivsinspector.demo.SampleAccount;
import java.time.Duration;

/**
 * What the fault tests share: the demo endpoint, a {@link FaultProxy} in front of it, and the real SDK
 * gateway talking through the proxy.
 */
record FaultRig(DemoEndpoint endpoint, FaultProxy proxy, SdkIvsGateway gateway) implements AutoCloseable {

    /** 5 s covers the standard retry mode's throttling back-off (up to ~3 s over 3 attempts). */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    static FaultRig start(SampleAccount account) {
        DemoEndpoint endpoint = DemoEndpoint.start(account);
        FaultProxy proxy = new FaultProxy(endpoint.uri());
        return new FaultRig(endpoint, proxy,
                new SdkIvsGateway(ConnectionSettings.demo(proxy.uri()).withCallTimeout(CALL_TIMEOUT)));
    }

    @Override
    public void close() {
        gateway.close();
        proxy.close();
        endpoint.close();
    }
}
