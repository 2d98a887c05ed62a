package dev.ivsinspector.model.insight;

/** How much a finding matters: INFO explains, WARNING may surprise, ERROR means recording does not work as set up. */
public enum Severity {
    ERROR, WARNING, INFO
}
