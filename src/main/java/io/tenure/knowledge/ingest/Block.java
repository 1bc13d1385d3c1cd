package io.tenure.knowledge.ingest;

/** A line-level unit of a parsed document before it is cut into passages. */
record Block(Kind kind, String text) {
    /**
     * SEARCH_TITLE: a plain-text page's first line when it is the site's, not the title: never shown, but
     * every passage is still searched with it as what the page is about (see {@link PlainTextHeader}).
     */
    enum Kind { TITLE, SEARCH_TITLE, HEADING, PARAGRAPH, ITEM }
}
