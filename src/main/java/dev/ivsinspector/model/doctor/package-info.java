/**
 * The recording doctor: checks of a configuration against what recording needs (bucket, region, policies,
 * the service-linked role), each with its status, reason and the documentation page that explains it.
 */
package dev.ivsinspector.model.doctor;
