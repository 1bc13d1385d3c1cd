package io.tenure.report;

import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The daily digest, which on the configured day of the week also carries the questions report's
 * headline figures for the week before: what customers asked, how much was answered without a person,
 * what went unanswered; and, when given the outcomes report, whether outreach worked (the 90-day save rate
 * and the month's churn).
 */
public final class WeeklyDigest implements DailyDigest {
    private final DailyDigest daily;
    private final QuestionReports reports;
    private final OutcomeReports outcomes;
    private final Optional<DayOfWeek> day;

    /**
     * @param day the day the weekly figures are added, or empty for never
     */
    public WeeklyDigest(DailyDigest daily, QuestionReports reports, Optional<DayOfWeek> day) {
        this(daily, reports, null, day);
    }

    /**
     * @param outcomes the outcomes report for the "did outreach work" line, or null to leave it out
     */
    public WeeklyDigest(DailyDigest daily, QuestionReports reports, OutcomeReports outcomes, Optional<DayOfWeek> day) {
        this.daily = daily;
        this.reports = reports;
        this.outcomes = outcomes;
        this.day = day;
    }

    @Override
    public Reply forDay(LocalDate asOf) {
        Reply reply = daily.forDay(asOf);
        if (day.isEmpty() || asOf.getDayOfWeek() != day.get() || reply.kind() == Reply.Kind.FAILED) {
            return reply;
        }
        String text = reply.text() + "\n\n*Questions this week*\n"
                + QuestionReportText.headline(reports.since(asOf.minusDays(7)));
        if (outcomes != null) {
            // Drafts of the last year, so the 90-day rate has a year of sends behind it; churn of this month so far.
            text += "\n\n*Did outreach work*\n" + OutcomeReportText.headline(outcomes.report(asOf.minusYears(1), asOf));
        }
        return new Reply(reply.kind(), text, reply.language(), reply.citations(), reply.privateToCaller(),
                reply.attachments(), reply.questionId(), reply.draftId());
    }
}
