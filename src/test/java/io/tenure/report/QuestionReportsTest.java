package io.tenure.report;

import io.tenure.support.TestDatabases;
import io.tenure.storage.report.SqlQuestionHistory;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionReportsTest {
    @TempDir
    Path dataDir;

    private Jdbi jdbi;

    @BeforeEach
    void buildHistory() {
        jdbi = TestDatabases.open(dataDir).jdbi();
        // Before the report's period: must not count.
        ask("2026-10-01T10:00:00Z", "en", "internal", "How do I export contacts?", true, "", null);
        // In the period.
        long refund = ask("2026-11-10T09:00:00Z", "en", "customer-facing", "How do I get a refund?", false, "refunds", "refund");
        ask("2026-11-10T10:00:00Z", "en", "customer-facing", "How do I cancel my plan?", false, "cancelling", "cancel");
        ask("2026-11-11T10:00:00Z", "id", "customer-facing", "Bagaimana cara membatalkan langganan?", false, "cancelling", "cancel");
        ask("2026-11-12T10:00:00Z", "en", "customer-facing", "Do you integrate with Zapier?", true, "", null);
        ask("2026-11-12T11:00:00Z", "en", "direct", "do you integrate with zapier", true, "", null);
        ask("2026-11-13T11:00:00Z", "en", "customer-facing", "Does it integrate with Zapier?", true, "", null);
        ask("2026-11-14T11:00:00Z", "ko", "customer-facing", "데이터를 내보내려면 어떻게 하나요?", true, "", null);
        ask("2026-11-15T12:00:00Z", "en", "internal", "Why was I charged twice?", false, "invoices", "billing-complaint");
        vote(refund, "u1", false);
        vote(refund, "u2", false);
        vote(refund, "u3", true);
    }

    @Test
    void countsQuestionsAndAnswersWithoutAPersonInThePeriodOnly() {
        QuestionReport report = new QuestionReports(new SqlQuestionHistory(jdbi)).since(LocalDate.parse("2026-11-01"));

        assertThat(report.questions()).isEqualTo(8);
        assertThat(report.answeredWithoutPerson()).isEqualTo(4);
        assertThat(report.answeredShare()).isEqualTo(0.5);
    }

    @Test
    void splitsQuestionsByLanguageAndChannelKind() {
        QuestionReport report = new QuestionReports(new SqlQuestionHistory(jdbi)).since(LocalDate.parse("2026-11-01"));

        assertThat(report.byLanguageAndChannel()).contains(
                new QuestionReport.Segment("en", "customer-facing", 4, 2),
                new QuestionReport.Segment("id", "customer-facing", 1, 1),
                new QuestionReport.Segment("ko", "customer-facing", 1, 0),
                new QuestionReport.Segment("en", "direct", 1, 0),
                new QuestionReport.Segment("en", "internal", 1, 1));
    }

    @Test
    void groupsUnansweredQuestionsThatSayTheSameThingMostAskedFirst() {
        QuestionReport report = new QuestionReports(new SqlQuestionHistory(jdbi)).since(LocalDate.parse("2026-11-01"));

        assertThat(report.unanswered()).hasSize(2);
        assertThat(report.unanswered().get(0).count()).isEqualTo(3);
        assertThat(report.unanswered().get(0).questions()).allMatch(q -> q.toLowerCase().contains("zapier"));
        assertThat(report.unanswered().get(1).count()).isEqualTo(1);
        assertThat(report.unanswered().get(1).example()).contains("데이터");
    }

    @Test
    void listsAnswersMarkedNotHelpfulWithTheArticlesTheyCited() {
        QuestionReport report = new QuestionReports(new SqlQuestionHistory(jdbi)).since(LocalDate.parse("2026-11-01"));

        assertThat(report.notHelpful()).containsExactly(
                new QuestionReport.NotHelpful("How do I get a refund?", "en", java.util.List.of("refunds"), 2));
    }

    @Test
    void ranksIntentsByHowOftenTheyWereSeen() {
        QuestionReport report = new QuestionReports(new SqlQuestionHistory(jdbi)).since(LocalDate.parse("2026-11-01"));

        assertThat(report.topIntents()).containsExactly(
                new QuestionReport.IntentCount("cancel", 2),
                new QuestionReport.IntentCount("billing-complaint", 1),
                new QuestionReport.IntentCount("refund", 1));
    }

    @Test
    void theHeadlineGivesTheFiguresAWeeklyDigestLeadsWith() {
        String headline = QuestionReportText.headline(new QuestionReports(new SqlQuestionHistory(jdbi)).since(LocalDate.parse("2026-11-01")));

        assertThat(headline).contains("8 questions", "50% answered without a person", "4 unanswered",
                "1 answers marked not helpful");
    }

    private long ask(String at, String language, String channel, String text, boolean abstained, String articles,
                     String intent) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO question (asked_at, user_id, channel_kind, platform, language, text, abstained,
                                              cited_articles, intent)
                        VALUES (:at, 'someone', :channel, 'slack', :language, :text, :abstained, :articles, :intent)""")
                .bind("at", java.time.Instant.parse(at)).bind("channel", channel).bind("language", language).bind("text", text)
                .bind("abstained", abstained).bind("articles", articles).bind("intent", intent)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private void vote(long question, String user, boolean helpful) {
        jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO feedback (question_id, user_id, helpful, given_at) VALUES (:q, :u, :h, '2026-11-16T00:00:00Z')")
                .bind("q", question).bind("u", user).bind("h", helpful).execute());
    }
}
