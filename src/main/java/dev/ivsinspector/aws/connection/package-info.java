/**
 * The AWS set-up of the machine as the connection bar offers it: profiles of the shared config and
 * credentials files, regions, who the credentials belong to (STS), and SSO: token status, the device-code
 * sign-in and the token cache shared with the AWS CLI. No JavaFX.
 */
package dev.ivsinspector.aws.connection;
