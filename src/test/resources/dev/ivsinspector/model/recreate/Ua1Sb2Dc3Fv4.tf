# Apply with the AWS provider set to region us-east-1: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = ALL
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [SEQUENTIAL]
resource "aws_ivs_recording_configuration" "recording" {
  name = "town-hall_q3"
  recording_reconnect_window_seconds = 120

  destination_configuration {
    s3 {
      bucket_name = "corp-town-hall-recordings"
    }
  }

  thumbnail_configuration {
    recording_mode = "INTERVAL"
    target_interval_seconds = 60
  }

  tags = {
    "env" = "prod"
    "department" = "internal-comms"
  }
}
