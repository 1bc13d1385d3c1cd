package io.tenure.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.assistant.AnsweredQuestion;
import io.tenure.assistant.Assistant;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Inbound;
import io.tenure.assistant.QuestionLog;
import io.tenure.jobs.Jobs;
import io.tenure.knowledge.Answer;
import io.tenure.knowledge.Citation;
import io.tenure.storage.Database;
import io.tenure.support.TestDatabases;
import io.tenure.support.Eventually;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question's follow-up is a row written with the question: a process that dies before working it loses nothing. */
class FollowUpJobsTest {
    private static final Citation CITATION = new Citation("cancel-plan", "Cancelling your plan", "en", "Steps",
            "Open Settings, then Billing, and choose Cancel plan.", 3.2, "https://help.example.com/cancel-plan");

    @TempDir
    Path data;

    @Test
    void aFollowUpWrittenByAProcessThatDiedIsWorkedAfterTheRestartWithTheAnswerAsGiven() {
        // given a process that answers and dies before any follow-up runs (it never starts its scheduler)
        Database first = TestDatabases.open(data);
        Jobs dying = new Jobs(first.dataSource());
        Assistant assistant = new Assistant(question -> new Answer("Open Settings › Billing.", "en", false,
                List.of(CITATION)), new SqlQuestionLog(first.jdbi(), Clock.systemUTC()), List.of(),
                FollowUpJobs.rows(dying));
        var reply = assistant.handle(new Inbound(Caller.customer("U1", "slack"), ChannelKind.CUSTOMER_FACING, "C1",
                "How do I cancel?"));
        assertThat(dying.pending(FollowUpJobs.TASK)).isEqualTo(1);

        // when the next process starts working the job table
        List<AnsweredQuestion> followedUp = new CopyOnWriteArrayList<>();
        try (Jobs restarted = new Jobs(TestDatabases.open(data).dataSource(), Duration.ofMillis(50))) {
            restarted.start(List.of(FollowUpJobs.task(followedUp::add)));
            Eventually.until(Duration.ofSeconds(20), "the follow-up ran", () -> !followedUp.isEmpty());
            Eventually.until(Duration.ofSeconds(5), "its row is done", () -> restarted.pending(FollowUpJobs.TASK) == 0);
        }

        // then it ran once, on the question as asked and answered
        assertThat(followedUp).singleElement().satisfies(answered -> {
            assertThat(answered.questionId()).isEqualTo(reply.questionId());
            assertThat(answered.question()).isEqualTo("How do I cancel?");
            assertThat(answered.inbound().caller()).isEqualTo(Caller.customer("U1", "slack"));
            assertThat(answered.inbound().channelId()).isEqualTo("C1");
            assertThat(answered.answer().citations()).containsExactly(CITATION);
        });
    }

    @Test
    void aQuestionWhoseRecordingFailsLeavesNoFollowUpRow() {
        Database database = TestDatabases.open(data);
        Jobs jobs = new Jobs(database.dataSource());
        QuestionLog log = new SqlQuestionLog(database.jdbi(), Clock.systemUTC());

        try {
            log.record(Caller.customer("U1", "slack"), ChannelKind.DIRECT, "q", new Answer("a", "en", false, List.of()),
                    (h, id) -> {
                        jobs.enqueue(h, FollowUpJobs.TASK, "{}");
                        throw new IllegalStateException("the disk is full");
                    });
        } catch (IllegalStateException expected) {
            // the question is not recorded
        }

        assertThat(jobs.pending(FollowUpJobs.TASK)).isZero();
    }
}
