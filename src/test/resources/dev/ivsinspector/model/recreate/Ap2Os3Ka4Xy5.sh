aws ivs create-recording-configuration \
  --region ap-northeast-1 \
  --name 'osaka-test' \
  --destination-configuration '{"s3":{"bucketName":"osaka-test-recordings"}}' \
  --tags '{"env":"test"}'
