/**
 * Recordings as IVS writes them to S3: the key layout, the recording-started/ended/failed metadata files,
 * renditions and thumbnails, walked newest first.
 */
package dev.ivsinspector.model.recording;
