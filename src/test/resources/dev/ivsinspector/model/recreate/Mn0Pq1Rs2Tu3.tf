# Apply with the AWS provider set to region us-west-2: the configuration, its channels and the bucket must share one region.
resource "aws_ivs_recording_configuration" "recording" {
  destination_configuration {
    s3 {
      bucket_name = "ivs-minimal-bucket"
    }
  }
}
