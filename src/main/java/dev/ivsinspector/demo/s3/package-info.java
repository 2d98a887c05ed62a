/**
 * The demo endpoint's S3: path-style rest-xml bucket reads for the sample buckets.
 */
package dev.ivsinspector.demo.s3;
