# Apply with the AWS provider set to region us-west-2: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = ALL
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.resolution = HD
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [LATEST]
resource "aws_ivs_recording_configuration" "recording" {
  name = "esports-finals-hd"
  recording_reconnect_window_seconds = 30

  destination_configuration {
    s3 {
      bucket_name = "esports-finals-hd"
    }
  }

  thumbnail_configuration {
    recording_mode = "INTERVAL"
    target_interval_seconds = 30
  }

  tags = {
    "env" = "prod"
    "event" = "finals-2025"
    "team" = "esports"
  }
}
