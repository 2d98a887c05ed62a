package dev.ivsinspector.demo;

/**
 * Runs the demo endpoint on its own, for manual use with the AWS CLI:
 * {@code java -cp ... dev.ivsinspector.demo.DemoMain [port [region count]]}, then
 * {@code aws --endpoint-url http://127.0.0.1:PORT --region us-west-2 ivs get-recording-configuration --arn ...}
 * with AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY set to any value (the demo keys are printed). The same port
 * answers S3 (path-style: {@code aws s3api head-bucket --bucket ivs-minimal-bucket}), IAM
 * ({@code aws iam get-role --role-name AWSServiceRoleForIVSRecordToS3}) and STS.
 * With a region and a count, that region also holds that many generated configurations (the browse benchmark
 * lists 10,000 from an endpoint in its own process, as the app meets AWS). With {@code --thumbnails-ahead}
 * anywhere in the arguments, every recording's list thumbnail is drawn before the endpoint says it listens, as
 * S3 would hold them stored (the recordings benchmark: the stand-in then does not draw on the app's cores).
 */
public final class DemoMain {
    private static final String THUMBNAILS_AHEAD = "--thumbnails-ahead";

    private DemoMain() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        boolean thumbnailsAhead = java.util.Arrays.asList(arguments).contains(THUMBNAILS_AHEAD);
        String[] args = java.util.Arrays.stream(arguments).filter(a -> !a.equals(THUMBNAILS_AHEAD))
                .toArray(String[]::new);
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        SampleAccount account = args.length > 2
                ? SampleAccount.standard().withGenerated(args[1], Integer.parseInt(args[2]))
                : SampleAccount.standard();
        DemoEndpoint endpoint = DemoEndpoint.start(account, port);
        if (thumbnailsAhead) {
            System.out.println("Thumbnails drawn ahead: " + endpoint.drawListedThumbnails());
        }
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
