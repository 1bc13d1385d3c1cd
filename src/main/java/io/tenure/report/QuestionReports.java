package io.tenure.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Builds the questions report from the question log and the feedback on answers. */
public final class QuestionReports {
    private static final double SIMILARITY = 0.4;

    private final QuestionHistory history;

    public QuestionReports(QuestionHistory history) {
        this.history = history;
    }

    /** Questions asked on or after {@code since} (UTC). */
    public QuestionReport since(LocalDate since) {
        Instant from = since.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<QuestionReport.Segment> segments = history.segments(from);
        int questions = segments.stream().mapToInt(QuestionReport.Segment::questions).sum();
        int answered = segments.stream().mapToInt(QuestionReport.Segment::answered).sum();
        return new QuestionReport(since, questions, answered, segments,
                new SimilarQuestions(SIMILARITY).group(history.unanswered(from)), history.notHelpful(from),
                history.intents(from));
    }
}
