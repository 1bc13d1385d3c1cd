package io.tenure.report;

import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The daily digest, which on the configured day of the week also carries the questions report's
 * headline figures for the week before: what customers asked, how much was answered without a person,
 * what went unanswered.
 */
public final class WeeklyDigest implements DailyDigest {
    private final DailyDigest daily;
    private final QuestionReports reports;
    private final Optional<DayOfWeek> day;

    /**
     * @param day the day the weekly figures are added, or empty for never
     */
    public WeeklyDigest(DailyDigest daily, QuestionReports reports, Optional<DayOfWeek> day) {
        this.daily = daily;
        this.reports = reports;
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
        return new Reply(reply.kind(), text, reply.language(), reply.citations(), reply.privateToCaller(),
                reply.attachments(), reply.questionId(), reply.draftId());
    }
}
