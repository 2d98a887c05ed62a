# Apply with the AWS provider set to region us-east-1: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = CUSTOM
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditions = [LOWEST_RESOLUTION, SD]
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.resolution = LOWEST_RESOLUTION
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [SEQUENTIAL]
resource "aws_ivs_recording_configuration" "recording" {
  name = "webinar-archive"
  recording_reconnect_window_seconds = 30

  destination_configuration {
    s3 {
      bucket_name = "webinar-archive.us-east-1"
    }
  }

  thumbnail_configuration {
    recording_mode = "INTERVAL"
    target_interval_seconds = 5
  }

  tags = {
    "env" = "prod"
    "department" = "marketing"
  }
}
