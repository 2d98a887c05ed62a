aws ivs create-recording-configuration \
  --region us-east-1 \
  --name 'webinar-archive' \
  --destination-configuration '{"s3":{"bucketName":"webinar-archive.us-east-1"}}' \
  --recording-reconnect-window-seconds 30 \
  --rendition-configuration '{"renditionSelection":"CUSTOM","renditions":["LOWEST_RESOLUTION","SD"]}' \
  --thumbnail-configuration '{"recordingMode":"INTERVAL","targetIntervalSeconds":5,"resolution":"LOWEST_RESOLUTION","storage":["SEQUENTIAL"]}' \
  --tags '{"env":"prod","department":"marketing"}'
