aws ivs create-recording-configuration \
  --region eu-west-1 \
  --name 'eu-gdpr-recordings' \
  --destination-configuration '{"s3":{"bucketName":"eu.gdpr-recordings.example"}}' \
  --recording-reconnect-window-seconds 60 \
  --rendition-configuration '{"renditionSelection":"NONE"}' \
  --thumbnail-configuration '{"recordingMode":"INTERVAL","targetIntervalSeconds":20,"resolution":"HD","storage":["LATEST"]}' \
  --tags '{"env":"prod","data-residency":"eu","gdpr":"true"}'
