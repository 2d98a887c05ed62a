aws ivs create-recording-configuration \
  --region eu-west-1 \
  --name 'fitness-classes' \
  --destination-configuration '{"s3":{"bucketName":"fitness-classes-eu"}}' \
  --rendition-configuration '{"renditionSelection":"ALL"}' \
  --thumbnail-configuration '{"recordingMode":"INTERVAL","targetIntervalSeconds":15,"resolution":"SD","storage":["SEQUENTIAL"]}' \
  --tags '{"env":"dev"}'
