/**
 * The demo endpoint's services on the AWS query protocol (form-encoded requests, XML answers): IAM and
 * STS.
 */
package dev.ivsinspector.demo.query;
