/**
 * Everything about reaching AWS: the {@code IvsGateway} that view-models call, its SDK implementation, the
 * connection settings (profile, region, endpoint, call timeout) and the classification of failures into
 * {@code IvsCallException}. The only package that builds SDK clients, credentials providers and HTTP clients
 * ({@code SdkClientDefaults}); SDK model types leave it through the gateway. No JavaFX.
 */
package dev.ivsinspector.aws;
