aws ivs create-recording-configuration \
  --region us-west-2 \
  --destination-configuration '{"s3":{"bucketName":"ivs-minimal-bucket"}}'
