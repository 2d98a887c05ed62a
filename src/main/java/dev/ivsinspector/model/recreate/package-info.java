/**
 * Recreate a configuration elsewhere: the same settings as an AWS CLI command, CloudFormation YAML or
 * Terraform HCL.
 */
package dev.ivsinspector.model.recreate;
