package io.tenure.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.LanguageDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, class 6: help centers written in Markdown dialects (Obsidian, Docusaurus, GitHub) and
 * exported as plain text, read from real files written here.
 */
class MarkdownDialectsAndPlainTextTitlesTest {
    @TempDir
    Path folder;

    private Article parse(String name, String text) throws IOException, FileRejected {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        HelpCenterFile read = new HelpCenterFile(name, Files.readAllBytes(file));
        return new ArticleParser(new LanguageDetector(), new PassageSplitter(500), 5_000_000).parse(read);
    }

    private static String all(Article article) {
        return String.join("\n", article.passages().stream().map(Passage::text).toList());
    }

    @Test
    void aWikiLinkReadsAsItsLabelAndEmbedsAndBlockIdsAreDropped() throws Exception {
        Article article = parse("refunds.en.md", """
                # Refunds
                Ask for a refund from the [[billing/refund-form|refund form]] within 14 days. ^ref-14
                ![[refund-button.png]]
                See [[Cancelling]] for what happens to your notes.
                """);

        String text = all(article);
        assertThat(text).contains("Ask for a refund from the refund form within 14 days.");
        assertThat(text).contains("See Cancelling for what happens");
        assertThat(text).doesNotContain("[[", "billing/refund-form", "^ref-14", "refund-button.png");
    }

    @Test
    void calloutsAndHighlightsKeepTheirTextWithoutTheirMarks() throws Exception {
        Article article = parse("trial.en.md", """
                # Free trial
                The trial lasts 30 days.

                :::note
                You are ==not charged== until the trial ends.
                :::

                > [!warning] Cards
                > A prepaid card cannot start a trial.
                """);

        String text = all(article);
        assertThat(text).contains("You are not charged until the trial ends.");
        assertThat(text).contains("A prepaid card cannot start a trial.");
        assertThat(text).doesNotContain(":::", "[!warning]", "==", "> ");
    }

    @Test
    void eachRowOfAPipeTableIsALineReadWithItsHeader() throws Exception {
        Article article = parse("plans.en.md", """
                # Plans
                Prices per month:

                | Plan | Price | Seats |
                |------|------:|-------|
                | Solo | $8 | 1 |
                | Team | $40 | 10 |
                """);

        String text = all(article);
        assertThat(text).contains("Plan: Solo; Price: $8; Seats: 1");
        assertThat(text).contains("Plan: Team; Price: $40; Seats: 10");
        assertThat(text).doesNotContain("---", "| Solo");
    }

    @Test
    void pictureFileNamesInAPlainTextExportAreNeitherSectionHeadingsNorText() throws Exception {
        Article article = parse("refund.en.txt", """
                Getting a refund
                You can ask for a refund within 14 days of a payment.
                refund-settings.png
                [image]
                How to ask
                Open Settings, then Billing, and choose Request a refund.
                """);

        List<String> sections = article.passages().stream().map(Passage::section).distinct().toList();
        assertThat(sections).contains("How to ask");
        assertThat(sections).noneMatch(section -> section.contains("png") || section.contains("[image]"));
        assertThat(all(article)).doesNotContain("refund-settings.png", "[image]");
    }
}
