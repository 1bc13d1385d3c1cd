package io.tenure.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What customers asked and how well the help center served them: which articles to write next.
 *
 * @param answeredWithoutPerson questions answered from the help center, with no abstention
 */
public record QuestionReport(LocalDate since, int questions, int answeredWithoutPerson,
                             List<Segment> byLanguageAndChannel, List<UnansweredGroup> unanswered,
                             List<NotHelpful> notHelpful, List<IntentCount> topIntents) {

    public double answeredShare() {
        return questions == 0 ? 0.0 : (double) answeredWithoutPerson / questions;
    }

    /** Questions asked in one language in one kind of channel. */
    public record Segment(String language, String channelKind, int questions, int answered) {
    }

    /** Unanswered questions that say the same thing, most asked first. */
    public record UnansweredGroup(String example, int count, List<String> questions) {
    }

    /** An answer someone marked not helpful, with what it cited. */
    public record NotHelpful(String question, String language, List<String> articles, int votes) {
    }

    public record IntentCount(String intent, int count) {
    }
}
