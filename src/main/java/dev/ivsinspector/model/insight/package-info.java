/**
 * Insights: rules that read a configuration (and the channels using it) and report what looks wrong or
 * surprising, with a severity.
 */
package dev.ivsinspector.model.insight;
