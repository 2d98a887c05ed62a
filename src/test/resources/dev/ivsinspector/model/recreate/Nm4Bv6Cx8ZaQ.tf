# Apply with the AWS provider set to region us-west-2: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = CUSTOM
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditions = [HD]
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.resolution = SD
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [SEQUENTIAL]
resource "aws_ivs_recording_configuration" "recording" {
  name = "launch-event-2025"

  destination_configuration {
    s3 {
      bucket_name = "launch.event.recordings"
    }
  }

  thumbnail_configuration {
    recording_mode = "INTERVAL"
    target_interval_seconds = 60
  }

  tags = {
    "env" = "prod"
    "event" = "product-launch"
  }
}
