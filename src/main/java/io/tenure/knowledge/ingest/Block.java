package io.tenure.knowledge.ingest;

/** A line-level unit of a parsed document before it is cut into passages. */
record Block(Kind kind, String text) {
    enum Kind { TITLE, HEADING, PARAGRAPH, ITEM }
}
