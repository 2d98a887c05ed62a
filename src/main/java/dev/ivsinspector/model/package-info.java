/**
 * The configuration as users see it, built from SDK model objects: {@code ResponseTree} walks any response
 * through the SDK's own member metadata into {@code PropertyNode}s (with our descriptions and defaults),
 * {@code JsonText} prints it as the AWS CLI does, {@code ConfigurationDiff} compares two, {@code TreeFilter}
 * narrows the tree. No JavaFX, no network.
 */
package dev.ivsinspector.model;
