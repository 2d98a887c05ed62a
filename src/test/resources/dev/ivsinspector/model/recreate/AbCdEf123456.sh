aws ivs create-recording-configuration \
  --region us-west-2 \
  --name 'prod-live-recordings' \
  --destination-configuration '{"s3":{"bucketName":"prod.live-recordings.us-west-2"}}' \
  --recording-reconnect-window-seconds 300 \
  --rendition-configuration '{"renditionSelection":"CUSTOM","renditions":["SD","HD","FULL_HD","LOWEST_RESOLUTION"]}' \
  --thumbnail-configuration '{"recordingMode":"INTERVAL","targetIntervalSeconds":10,"resolution":"FULL_HD","storage":["SEQUENTIAL","LATEST"]}' \
  --tags '{"env":"prod","team":"live-video","cost-center":"cc-4711","owner":"media-platform@example.com","project":"ivs-live","data-classification":"internal","retention":"365d","compliance":"soc2","created-by":"terraform","service":"recording"}'
