# Apply with the AWS provider set to region eu-west-1: the configuration, its channels and the bucket must share one region.
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditionSelection = CUSTOM
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): renditionConfiguration.renditions = [LOWEST_RESOLUTION, SD, HD, FULL_HD]
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.resolution = LOWEST_RESOLUTION
# Not expressible in aws_ivs_recording_configuration, set it another way (CLI or CloudFormation): thumbnailConfiguration.storage = [SEQUENTIAL, LATEST]
resource "aws_ivs_recording_configuration" "recording" {
  name = "prod-live-recordings-eu-west-1-with-the-longest-name"
  recording_reconnect_window_seconds = 300

  destination_configuration {
    s3 {
      bucket_name = "quokka-vod-archive.prod-live-recordings.eu-central-1.media-0001"
    }
  }

  thumbnail_configuration {
    recording_mode = "INTERVAL"
    target_interval_seconds = 60
  }

  tags = {
    "cost-allocation-team" = "live-video-platform"
    "environment" = "production-eu-west-1"
    "owner" = "media-platform-oncall@example.com"
    "project" = "ivs-live-recordings"
    "data-classification" = "internal-confidential"
    "retention" = "365-days-then-glacier"
    "compliance" = "soc2-type2-iso27001"
    "created-by" = "terraform-ivs-module-v3"
    "service" = "recording-pipeline"
    "cost-center" = "cc-4711-media-distribution"
  }
}
