/**
 * The built-in demo account: a loopback HTTP endpoint that answers IVS, S3, IAM, STS and SSO requests on
 * their real wire protocols, with sample configurations, channels, buckets and an organization, and ids
 * that produce faults. The app uses it when there is no AWS set-up; tests and benchmarks run against it.
 * Uses nothing of the app but its JSON writer.
 */
package dev.ivsinspector.demo;
