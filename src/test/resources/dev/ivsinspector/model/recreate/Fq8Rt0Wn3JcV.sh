aws ivs create-recording-configuration \
  --region us-west-2 \
  --name 'podcast-audio-only' \
  --destination-configuration '{"s3":{"bucketName":"audio-only.podcast-archive"}}' \
  --recording-reconnect-window-seconds 0 \
  --rendition-configuration '{"renditionSelection":"NONE"}' \
  --thumbnail-configuration '{"recordingMode":"DISABLED","storage":["SEQUENTIAL"]}'
