aws ivs create-recording-configuration \
  --region us-east-1 \
  --name 'staging-recordings' \
  --destination-configuration '{"s3":{"bucketName":"staging-recordings-missing-bucket"}}' \
  --rendition-configuration '{"renditionSelection":"ALL"}' \
  --thumbnail-configuration '{"recordingMode":"INTERVAL","targetIntervalSeconds":60,"storage":["SEQUENTIAL"]}' \
  --tags '{"env":"staging"}'
