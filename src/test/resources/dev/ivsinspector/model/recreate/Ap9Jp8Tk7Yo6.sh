aws ivs create-recording-configuration \
  --region ap-northeast-1 \
  --name 'tokyo-music-live' \
  --destination-configuration '{"s3":{"bucketName":"tokyo.music-live.archive"}}' \
  --recording-reconnect-window-seconds 45 \
  --rendition-configuration '{"renditionSelection":"CUSTOM","renditions":["FULL_HD","HD"]}' \
  --thumbnail-configuration '{"recordingMode":"INTERVAL","targetIntervalSeconds":2,"resolution":"SD","storage":["SEQUENTIAL","LATEST"]}' \
  --tags '{"env":"prod","genre":"j-pop","venue":"budokan"}'
