aws ivs create-recording-configuration \
  --region us-west-2 \
  --name 'esports-finals-hd' \
  --destination-configuration '{"s3":{"bucketName":"esports-finals-hd"}}' \
  --recording-reconnect-window-seconds 30 \
  --rendition-configuration '{"renditionSelection":"ALL"}' \
  --thumbnail-configuration '{"recordingMode":"INTERVAL","targetIntervalSeconds":30,"resolution":"HD","storage":["LATEST"]}' \
  --tags '{"env":"prod","event":"finals-2025","team":"esports"}'
