package io.tenure.report;

import java.time.Instant;
import java.util.List;

/** What the questions report reads from the question log and the feedback on answers, from a moment on. */
public interface QuestionHistory {

    /** Questions and answered questions per language and kind of channel, most asked first. */
    List<QuestionReport.Segment> segments(Instant from);

    /** The texts of unanswered questions, oldest first. */
    List<String> unanswered(Instant from);

    /** Answers marked not helpful, most votes first. */
    List<QuestionReport.NotHelpful> notHelpful(Instant from);

    /** Recognised intents, most frequent first. */
    List<QuestionReport.IntentCount> intents(Instant from);
}
