# Apply with the AWS provider set to region ap-northeast-1: the configuration, its channels and the bucket must share one region.
resource "aws_ivs_recording_configuration" "recording" {
  name = "osaka-test"

  destination_configuration {
    s3 {
      bucket_name = "osaka-test-recordings"
    }
  }

  tags = {
    "env" = "test"
  }
}
