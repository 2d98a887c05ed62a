# Apply with the AWS provider set to region ap-northeast-1: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = CUSTOM
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditions = [FULL_HD, HD]
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.resolution = SD
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [SEQUENTIAL, LATEST]
resource "aws_ivs_recording_configuration" "recording" {
  name = "tokyo-music-live"
  recording_reconnect_window_seconds = 45

  destination_configuration {
    s3 {
      bucket_name = "tokyo.music-live.archive"
    }
  }

  thumbnail_configuration {
    recording_mode = "INTERVAL"
    target_interval_seconds = 2
  }

  tags = {
    "env" = "prod"
    "genre" = "j-pop"
    "venue" = "budokan"
  }
}
