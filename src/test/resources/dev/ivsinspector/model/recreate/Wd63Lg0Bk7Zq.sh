aws ivs create-recording-configuration \
  --region eu-west-1 \
  --name 'prod-live-recordings-eu-west-1-with-the-longest-name' \
  --destination-configuration '{"s3":{"bucketName":"quokka-vod-archive.prod-live-recordings.eu-central-1.media-0001"}}' \
  --recording-reconnect-window-seconds 300 \
  --rendition-configuration '{"renditionSelection":"CUSTOM","renditions":["LOWEST_RESOLUTION","SD","HD","FULL_HD"]}' \
  --thumbnail-configuration '{"recordingMode":"INTERVAL","targetIntervalSeconds":60,"resolution":"LOWEST_RESOLUTION","storage":["SEQUENTIAL","LATEST"]}' \
  --tags '{"cost-allocation-team":"live-video-platform","environment":"production-eu-west-1","owner":"media-platform-oncall@example.com","project":"ivs-live-recordings","data-classification":"internal-confidential","retention":"365-days-then-glacier","compliance":"soc2-type2-iso27001","created-by":"terraform-ivs-module-v3","service":"recording-pipeline","cost-center":"cc-4711-media-distribution"}'
