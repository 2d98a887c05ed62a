package dev.ivsinspector.model;

/** What a node of the response holds; decides how it is shown and described. */
public enum NodeKind {
    STRUCTURE, LIST, MAP, ENUM, SCALAR
}
