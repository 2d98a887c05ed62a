aws ivs create-recording-configuration \
  --region us-east-1 \
  --name 'town-hall_q3' \
  --destination-configuration '{"s3":{"bucketName":"corp-town-hall-recordings"}}' \
  --recording-reconnect-window-seconds 120 \
  --rendition-configuration '{"renditionSelection":"ALL"}' \
  --thumbnail-configuration '{"recordingMode":"INTERVAL","targetIntervalSeconds":60,"storage":["SEQUENTIAL"]}' \
  --tags '{"env":"prod","department":"internal-comms"}'
