package io.tenure.knowledge;

/**
 * One quoted passage of a help-center article.
 *
 * @param article the article id (shared by its locale variants)
 * @param title the article's title in the passage's language
 * @param language the passage's language (ISO 639-1)
 * @param section the heading the passage sits under, or "" at the top of the article
 * @param passage the quoted text, exactly as in the article
 * @param score retrieval score; higher is better, comparable only within one answer
 * @param link the article's public address when it has one, else null
 */
public record Citation(String article, String title, String language, String section, String passage,
                       double score, String link) {
}
