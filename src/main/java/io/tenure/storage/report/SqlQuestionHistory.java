package io.tenure.storage.report;

import io.tenure.report.QuestionHistory;
import io.tenure.report.QuestionReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The questions report's reads over tables {@code question} and {@code feedback}. */
public final class SqlQuestionHistory implements QuestionHistory {
    private final Jdbi jdbi;

    public SqlQuestionHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<QuestionReport.Segment> segments(Instant from) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT language, channel_kind, COUNT(*) AS questions, COUNT(*) FILTER (WHERE NOT abstained) AS answered
                        FROM question WHERE asked_at >= :from
                        GROUP BY language, channel_kind ORDER BY questions DESC, language, channel_kind""")
                .bind("from", from)
                .map((rs, ctx) -> new QuestionReport.Segment(rs.getString("language"), rs.getString("channel_kind"),
                        rs.getInt("questions"), rs.getInt("answered")))
                .list());
    }

    @Override
    public List<String> unanswered(Instant from) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT text FROM question WHERE asked_at >= :from AND abstained ORDER BY asked_at, id")
                .bind("from", from).mapTo(String.class).list());
    }

    @Override
    public List<QuestionReport.NotHelpful> notHelpful(Instant from) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT q.text, q.language, q.cited_articles, COUNT(*) AS votes
                        FROM feedback f JOIN question q ON q.id = f.question_id
                        WHERE q.asked_at >= :from AND NOT f.helpful
                        GROUP BY q.id, q.text, q.language, q.cited_articles, q.asked_at
                        ORDER BY votes DESC, q.asked_at""")
                .bind("from", from)
                .map((rs, ctx) -> new QuestionReport.NotHelpful(rs.getString("text"), rs.getString("language"),
                        articles(rs.getString("cited_articles")), rs.getInt("votes")))
                .list());
    }

    @Override
    public List<QuestionReport.IntentCount> intents(Instant from) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT intent, COUNT(*) AS n FROM question
                        WHERE asked_at >= :from AND intent IS NOT NULL
                        GROUP BY intent ORDER BY n DESC, intent""")
                .bind("from", from)
                .map((rs, ctx) -> new QuestionReport.IntentCount(rs.getString("intent"), rs.getInt("n")))
                .list());
    }

    private static List<String> articles(String joined) {
        return joined == null || joined.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(joined.split(",")));
    }
}
