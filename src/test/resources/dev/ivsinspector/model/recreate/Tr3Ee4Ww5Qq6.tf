# Apply with the AWS provider set to region us-east-1: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = ALL
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [SEQUENTIAL]
resource "aws_ivs_recording_configuration" "recording" {
  name = "staging-recordings"

  destination_configuration {
    s3 {
      bucket_name = "staging-recordings-missing-bucket"
    }
  }

  thumbnail_configuration {
    recording_mode = "INTERVAL"
    target_interval_seconds = 60
  }

  tags = {
    "env" = "staging"
  }
}
