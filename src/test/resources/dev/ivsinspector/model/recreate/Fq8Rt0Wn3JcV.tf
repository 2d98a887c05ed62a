# Apply with the AWS provider set to region us-west-2: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = NONE
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [SEQUENTIAL]
resource "aws_ivs_recording_configuration" "recording" {
  name = "podcast-audio-only"
  recording_reconnect_window_seconds = 0

  destination_configuration {
    s3 {
      bucket_name = "audio-only.podcast-archive"
    }
  }

  thumbnail_configuration {
    recording_mode = "DISABLED"
  }
}
