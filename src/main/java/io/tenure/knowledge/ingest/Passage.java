package io.tenure.knowledge.ingest;

/**
 * A quotable piece of an article: one or a few adjacent paragraphs under one heading.
 *
 * @param article the article id, shared by its locale variants
 * @param language ISO 639-1 code of this variant
 * @param title the article's title in this variant, as shown in citations
 * @param searchTitle the line every passage of the article is searched with as what it is about: the title,
 *                    except in a plain-text export whose first line is the site's and not the title (see
 *                    {@code PlainTextHeader}), where it stays that first line
 * @param section the heading the passage sits under, "" before the first heading
 * @param text the passage as written (paragraphs separated by a blank line)
 * @param path the file it came from, relative to the help-center folder
 * @param ordinal its position in the article, from 0
 */
public record Passage(String article, String language, String title, String searchTitle, String section,
                      String text, String path, int ordinal) {
}
