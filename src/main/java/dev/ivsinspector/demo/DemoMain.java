package dev.ivsinspector.demo;

/**
 * Runs the demo endpoint on its own, for manual use with the AWS CLI:
 * {@code java -cp ... dev.ivsinspector.demo.DemoMain [port]}, then
 * {@code aws --endpoint-url http://127.0.0.1:PORT --region us-west-2 ivs get-recording-configuration --arn ...}
 * with AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY set to any value (the demo keys are printed).
 */
public final class DemoMain {
    private DemoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        DemoEndpoint endpoint = DemoEndpoint.start(SampleAccount.standard(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(endpoint::close, "ivs-demo-endpoint-stop"));
        System.out.println("IVS demo endpoint listening on " + endpoint.uri());
        System.out.println("Access key id: " + DemoEndpoint.ACCESS_KEY_ID);
        System.out.println("Secret access key: " + DemoEndpoint.SECRET_ACCESS_KEY);
        System.out.println("Regions: " + String.join(", ", endpoint.account().regions()));
        System.out.println("Sample ARNs:");
        endpoint.account().sampleArns().forEach(arn -> System.out.println("  " + arn));
        System.out.println("Fault ARNs (any region works):");
        endpoint.account().faultArns("us-west-2").forEach(arn -> System.out.println("  " + arn));
        System.out.flush();
        // The server threads are daemons; this thread keeps the process alive until it is killed.
        Thread.currentThread().join();
    }
}
