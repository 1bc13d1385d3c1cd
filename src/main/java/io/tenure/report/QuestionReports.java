package io.tenure.report;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Builds the questions report from the question log and the feedback on answers. */
public final class QuestionReports {
    private static final double SIMILARITY = 0.4;

    private final Jdbi jdbi;

    public QuestionReports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Questions asked on or after {@code since} (UTC). */
    public QuestionReport since(LocalDate since) {
        java.time.Instant from = since.atStartOfDay(ZoneOffset.UTC).toInstant();
        return jdbi.withHandle(h -> {
            List<QuestionReport.Segment> segments = h.createQuery("""
                            SELECT language, channel_kind, COUNT(*) AS questions, COUNT(*) FILTER (WHERE NOT abstained) AS answered
                            FROM question WHERE asked_at >= :from
                            GROUP BY language, channel_kind ORDER BY questions DESC, language, channel_kind""")
                    .bind("from", from)
                    .map((rs, ctx) -> new QuestionReport.Segment(rs.getString("language"), rs.getString("channel_kind"),
                            rs.getInt("questions"), rs.getInt("answered")))
                    .list();
            int questions = segments.stream().mapToInt(QuestionReport.Segment::questions).sum();
            int answered = segments.stream().mapToInt(QuestionReport.Segment::answered).sum();
            List<String> unanswered = h.createQuery(
                            "SELECT text FROM question WHERE asked_at >= :from AND abstained ORDER BY asked_at, id")
                    .bind("from", from).mapTo(String.class).list();
            List<QuestionReport.NotHelpful> notHelpful = h.createQuery("""
                            SELECT q.text, q.language, q.cited_articles, COUNT(*) AS votes
                            FROM feedback f JOIN question q ON q.id = f.question_id
                            WHERE q.asked_at >= :from AND NOT f.helpful
                            GROUP BY q.id, q.text, q.language, q.cited_articles, q.asked_at
                            ORDER BY votes DESC, q.asked_at""")
                    .bind("from", from)
                    .map((rs, ctx) -> new QuestionReport.NotHelpful(rs.getString("text"), rs.getString("language"),
                            articles(rs.getString("cited_articles")), rs.getInt("votes")))
                    .list();
            List<QuestionReport.IntentCount> intents = h.createQuery("""
                            SELECT intent, COUNT(*) AS n FROM question
                            WHERE asked_at >= :from AND intent IS NOT NULL
                            GROUP BY intent ORDER BY n DESC, intent""")
                    .bind("from", from)
                    .map((rs, ctx) -> new QuestionReport.IntentCount(rs.getString("intent"), rs.getInt("n")))
                    .list();
            return new QuestionReport(since, questions, answered, segments,
                    new SimilarQuestions(SIMILARITY).group(unanswered), notHelpful, intents);
        });
    }

    private static List<String> articles(String joined) {
        return joined == null || joined.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(joined.split(",")));
    }
}
