/**
 * The Doctor tab: the recording doctor's checks of the configuration shown, and Recreate (the same settings
 * as CLI, CloudFormation or Terraform).
 */
package dev.ivsinspector.ui.doctor;
