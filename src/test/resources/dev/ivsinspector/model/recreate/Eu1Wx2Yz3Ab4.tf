# Apply with the AWS provider set to region eu-west-1: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = NONE
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.resolution = HD
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [LATEST]
resource "aws_ivs_recording_configuration" "recording" {
  name = "eu-gdpr-recordings"
  recording_reconnect_window_seconds = 60

  destination_configuration {
    s3 {
      bucket_name = "eu.gdpr-recordings.example"
    }
  }

  thumbnail_configuration {
    recording_mode = "INTERVAL"
    target_interval_seconds = 20
  }

  tags = {
    "env" = "prod"
    "data-residency" = "eu"
    "gdpr" = "true"
  }
}
