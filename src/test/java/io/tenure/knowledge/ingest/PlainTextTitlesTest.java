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
 * Issue 10, class 6: a page saved as plain text keeps what stood above its article (the site's section, a
 * breadcrumb, a list of topics, a note about the page) and a byline under its title. The title users see in
 * citations is chosen from that header, read from real files written here.
 */
class PlainTextTitlesTest {
    private static final String BODY = "A SaaS company once sent a 'we miss you' email to win back customers who had"
            + " left, and one of them answered that the product had stopped working two months before.";

    @TempDir
    Path folder;

    private Article parse(String name, String text) throws IOException, FileRejected {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return new ArticleParser(new LanguageDetector(), new PassageSplitter(500), 5_000_000)
                .parse(new HelpCenterFile(name, Files.readAllBytes(file)));
    }

    private static String all(Article article) {
        return String.join("\n", article.passages().stream().map(Passage::text).toList());
    }

    @Test
    void aShortSiteLineAboveALongerHeadingLikeLineIsNotTheTitle() throws Exception {
        Article article = parse("churn-playbook.en.txt", """
                CRM

                How to build a customer churn reduction playbook that works

                %s
                """.formatted(BODY));

        assertThat(article.title()).isEqualTo("How to build a customer churn reduction playbook that works");
        assertThat(article.passages()).allMatch(p -> p.title().equals(article.title()));
        assertThat(all(article)).doesNotContain("CRM");
    }

    @Test
    void everyPassageIsStillSearchedWithThePagesFirstLineAsWhatThePageIsAbout() throws Exception {
        Article article = parse("churn-playbook.en.txt", """
                CRM

                How to build a customer churn reduction playbook that works

                %s
                """.formatted(BODY));

        assertThat(article.passages()).allMatch(p -> p.searchTitle().equals("CRM"));
    }

    @Test
    void theTitleIsTheLineRightAboveTheBylineBelowABreadcrumbATopicListAndANoteAboutThePage() throws Exception {
        Article article = parse("campaigns-billing.en.txt", """
                Knowledge base

                Topics
                Trial
                Account check
                Subscriber tiers

                This article was produced with machine translation.

                Campaigns: subscription and billing

                YS
                Yssel Salas, 29 May 2024
                Note: Campaigns by Pipedrive is available as a paid add-on, and only users with account management can open its billing page.

                Trial

                To start your 21-day trial, go to the Campaigns page by clicking the megaphone icon in the main navigation bar.
                """);

        assertThat(article.title()).isEqualTo("Campaigns: subscription and billing");
        assertThat(all(article)).contains("21-day trial")
                .doesNotContain("Knowledge base", "Topics", "machine translation", "YS\n");
    }

    @Test
    void aBylineUnderTheTitleIsNeverTheTitle() throws Exception {
        Article article = parse("crm-costs.en.txt", """
                The transparent (and hidden) costs of a CRM

                Published: 2021-01-25

                %s
                """.formatted(BODY));

        assertThat(article.title()).isEqualTo("The transparent (and hidden) costs of a CRM");
    }

    @Test
    void aTitleFollowedByAShorterSectionHeadingStaysTheTitle() throws Exception {
        Article article = parse("refund.en.txt", """
                Getting a refund for an annual plan
                How to ask
                Open Settings, then Billing, and choose Request a refund; a person answers within two working days.
                """);

        assertThat(article.title()).isEqualTo("Getting a refund for an annual plan");
        assertThat(article.passages().stream().map(Passage::section).toList()).isEqualTo(List.of("How to ask"));
    }
}
