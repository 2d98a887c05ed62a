# Apply with the AWS provider set to region eu-west-1: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = ALL
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.resolution = SD
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [SEQUENTIAL]
resource "aws_ivs_recording_configuration" "recording" {
  name = "fitness-classes"

  destination_configuration {
    s3 {
      bucket_name = "fitness-classes-eu"
    }
  }

  thumbnail_configuration {
    recording_mode = "INTERVAL"
    target_interval_seconds = 15
  }

  tags = {
    "env" = "dev"
  }
}
