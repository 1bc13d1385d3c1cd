package io.tenure.report;

/** The questions report as plain text, for the console and for chat. */
public final class QuestionReportText {
    private QuestionReportText() {
    }

    /** The figures a weekly digest leads with. */
    public static String headline(QuestionReport report) {
        String top = report.unanswered().isEmpty() ? "none"
                : "\"" + report.unanswered().get(0).example() + "\" (" + report.unanswered().get(0).count() + "×)";
        return report.questions() + " questions since " + report.since() + ", "
                + ReportCommand.percent(report.answeredShare()) + " answered without a person, "
                + report.unanswered().stream().mapToInt(QuestionReport.UnansweredGroup::count).sum()
                + " unanswered (most asked: " + top + "), " + report.notHelpful().size() + " answers marked not helpful.";
    }

    public static String render(QuestionReport report) {
        StringBuilder text = new StringBuilder();
        text.append("Questions since ").append(report.since()).append(": ").append(report.questions())
                .append(", answered without a person: ").append(report.answeredWithoutPerson())
                .append(" (").append(ReportCommand.percent(report.answeredShare())).append(")\n");
        text.append("\nBy language and channel\n");
        for (QuestionReport.Segment segment : report.byLanguageAndChannel()) {
            text.append(String.format("  %-3s %-16s %5d asked %5d answered%n", segment.language(),
                    segment.channelKind(), segment.questions(), segment.answered()));
        }
        text.append("\nUnanswered, grouped (write these articles next)\n");
        if (report.unanswered().isEmpty()) {
            text.append("  none\n");
        }
        for (QuestionReport.UnansweredGroup group : report.unanswered()) {
            text.append(String.format("  %3d× %s%n", group.count(), group.example()));
        }
        text.append("\nAnswers marked not helpful\n");
        if (report.notHelpful().isEmpty()) {
            text.append("  none\n");
        }
        for (QuestionReport.NotHelpful answer : report.notHelpful()) {
            text.append(String.format("  %3d× %s  [%s]%n", answer.votes(), answer.question(),
                    String.join(", ", answer.articles())));
        }
        text.append("\nTop intents\n");
        if (report.topIntents().isEmpty()) {
            text.append("  none\n");
        }
        for (QuestionReport.IntentCount intent : report.topIntents()) {
            text.append(String.format("  %5d %s%n", intent.count(), intent.intent()));
        }
        return text.toString();
    }
}
