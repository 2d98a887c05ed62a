aws ivs create-recording-configuration \
  --region us-west-2 \
  --name 'launch-event-2025' \
  --destination-configuration '{"s3":{"bucketName":"launch.event.recordings"}}' \
  --rendition-configuration '{"renditionSelection":"CUSTOM","renditions":["HD"]}' \
  --thumbnail-configuration '{"recordingMode":"INTERVAL","targetIntervalSeconds":60,"resolution":"SD","storage":["SEQUENTIAL"]}' \
  --tags '{"env":"prod","event":"product-launch"}'
