# Apply with the AWS provider set to region us-west-2: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = CUSTOM
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditions = [SD, HD, FULL_HD, LOWEST_RESOLUTION]
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.resolution = FULL_HD
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [SEQUENTIAL, LATEST]
resource "aws_ivs_recording_configuration" "recording" {
  name = "prod-live-recordings"
  recording_reconnect_window_seconds = 300

  destination_configuration {
    s3 {
      bucket_name = "prod.live-recordings.us-west-2"
    }
  }

  thumbnail_configuration {
    recording_mode = "INTERVAL"
    target_interval_seconds = 10
  }

  tags = {
    "env" = "prod"
    "team" = "live-video"
    "cost-center" = "cc-4711"
    "owner" = "media-platform@example.com"
    "project" = "ivs-live"
    "data-classification" = "internal"
    "retention" = "365d"
    "compliance" = "soc2"
    "created-by" = "terraform"
    "service" = "recording"
  }
}
