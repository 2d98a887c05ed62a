package dev.ivsinspector.demo;

/**
 * Runs the demo endpoint on its own, for manual use with the AWS CLI:
 * {@code java -cp ... dev.ivsinspector.demo.DemoMain [port [region count]]}, then
 * {@code aws --endpoint-url http://127.0.0.1:PORT --region us-west-2 ivs get-recording-configuration --arn ...}
 * with AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY set to any value (the demo keys are printed). The same port
 * answers S3 (path-style: {@code aws s3api head-bucket --bucket ivs-minimal-bucket}), IAM
 * ({@code aws iam get-role --role-name AWSServiceRoleForIVSRecordToS3}) and STS.
 * With a region and a count, that region also holds that many generated configurations (the browse benchmark
 * lists 10,000 from an endpoint in its own process, as the app meets AWS).
 */
public final class DemoMain {
    private DemoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        SampleAccount account = args.length > 2
                ? SampleAccount.standard().withGenerated(args[1], Integer.parseInt(args[2]))
                : SampleAccount.standard();
        DemoEndpoint endpoint = DemoEndpoint.start(account, port);
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
