package io.tenure.report;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.support.TestDatabases;
import io.tenure.storage.report.SqlQuestionHistory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.Reply;
import io.tenure.config.ConfigException;
import io.tenure.knowledge.Answer;
import io.tenure.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the configured day the daily digest also carries the questions report's headline figures. */
class WeeklyDigestTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final DailyDigest DAILY = day -> Reply.text(Reply.Kind.ACCOUNT_DATA, "Risk digest for " + day);

    @TempDir
    Path dataDir;

    private Jdbi jdbi;

    @BeforeEach
    void recordAWeekOfQuestions() {
        jdbi = TestDatabases.open(dataDir).jdbi();
        Caller customer = Caller.customer("u1", "slack");
        record(customer, "2026-11-10T09:00:00Z", "Is there an API?", true, null);
        record(customer, "2026-11-18T09:00:00Z", "How do I cancel?", false, "cancel");
        record(customer, "2026-11-19T09:00:00Z", "Do you integrate with Zapier?", true, null);
        record(customer, "2026-11-20T09:00:00Z", "How do I get an invoice?", false, null);
    }

    private void record(Caller caller, String at, String text, boolean abstained, String intent) {
        QuestionLog log = new SqlQuestionLog(jdbi, Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
        log.record(caller, ChannelKind.CUSTOMER_FACING, text, new Answer(abstained ? "" : "answer", "en", abstained,
                List.of()), intent, null);
    }

    @Test
    void onTheConfiguredDayTheDigestEndsWithTheWeeksHeadlineFigures() {
        Reply reply = new WeeklyDigest(DAILY, new QuestionReports(new SqlQuestionHistory(jdbi)), Optional.of(DayOfWeek.MONDAY)).forDay(MONDAY);

        assertThat(reply.text()).startsWith("Risk digest for 2026-11-23")
                .contains("Questions this week")
                // The question of 2026-11-10 is older than the week before the digest.
                .contains("3 questions since 2026-11-16", "67% answered without a person", "1 unanswered",
                        "Do you integrate with Zapier?");
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ACCOUNT_DATA);
    }

    @Test
    void onOtherDaysTheDigestIsTheDailyOneAlone() {
        WeeklyDigest digest = new WeeklyDigest(DAILY, new QuestionReports(new SqlQuestionHistory(jdbi)), Optional.of(DayOfWeek.MONDAY));

        for (LocalDate day = MONDAY.plusDays(1); day.isBefore(MONDAY.plusDays(7)); day = day.plusDays(1)) {
            assertThat(digest.forDay(day)).isEqualTo(DAILY.forDay(day));
        }
    }

    @Test
    void withNoDayConfiguredTheFiguresNeverAppear() {
        Reply reply = new WeeklyDigest(DAILY, new QuestionReports(new SqlQuestionHistory(jdbi)), Optional.empty()).forDay(MONDAY);

        assertThat(reply).isEqualTo(DAILY.forDay(MONDAY));
    }

    @Test
    void theDayIsReadInAnyCaseAndAWrongOneFailsNamingTheKey() {
        assertThat(new ReportSettings("Monday").weeklyDayOfWeek()).contains(DayOfWeek.MONDAY);
        assertThat(new ReportSettings("").weeklyDayOfWeek()).isEmpty();
        assertThatThrownBy(() -> new ReportSettings("mondays").weeklyDayOfWeek())
                .isInstanceOf(ConfigException.class).hasMessageContaining("report.weekly_day");
    }
}
