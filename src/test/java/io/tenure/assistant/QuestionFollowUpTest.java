package io.tenure.assistant;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.storage.Database;
import io.tenure.support.FixedAnswerer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow-up of an answered question (the retention loop) never changes, delays or breaks the answer. */
class QuestionFollowUpTest {
    private static final String ANSWER = "Open Settings › Billing and choose Cancel plan.";

    @TempDir
    Path dir;

    private Inbound question(String text) {
        return new Inbound(Caller.customer("U1", "slack"), ChannelKind.CUSTOMER_FACING, "C1", text);
    }

    @Test
    void theAnswerIsReturnedBeforeTheFollowUpRuns() {
        List<Runnable> queued = new ArrayList<>();
        List<AnsweredQuestion> followedUp = new ArrayList<>();
        Assistant assistant = new Assistant(new FixedAnswerer(ANSWER, Duration.ZERO),
                new SqlQuestionLog(TestDatabases.open(dir).jdbi(), Clock.systemUTC()), List.of(), followedUp::add, queued::add);

        Reply reply = assistant.handle(question("How do I cancel?"));

        assertThat(reply.text()).isEqualTo(ANSWER);
        assertThat(followedUp).isEmpty();
        queued.forEach(Runnable::run);
        assertThat(followedUp).singleElement().satisfies(answered -> {
            assertThat(answered.questionId()).isEqualTo(reply.questionId());
            assertThat(answered.question()).isEqualTo("How do I cancel?");
            assertThat(answered.inbound().channelId()).isEqualTo("C1");
            assertThat(answered.answer().answer()).isEqualTo(ANSWER);
        });
    }

    @Test
    void aFailingFollowUpLeavesTheAnswerAsItIs() {
        Assistant failing = new Assistant(new FixedAnswerer(ANSWER, Duration.ZERO),
                new SqlQuestionLog(TestDatabases.open(dir.resolve("a")).jdbi(), Clock.systemUTC()), List.of(),
                answered -> {
                    throw new IllegalStateException("account directory unavailable");
                }, Runnable::run);
        Assistant plain = new Assistant(new FixedAnswerer(ANSWER, Duration.ZERO),
                new SqlQuestionLog(TestDatabases.open(dir.resolve("b")).jdbi(), Clock.systemUTC()), List.of());

        Reply reply = failing.handle(question("How do I cancel?"));

        assertThat(reply).isEqualTo(plain.handle(question("How do I cancel?")));
        assertThat(reply.kind()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(reply.text()).doesNotContain("account directory unavailable");
    }

    @Test
    void theIntentAndAccountLearntAfterwardsAreStoredOnTheQuestion() {
        Database database = TestDatabases.open(dir);
        QuestionLog log = new SqlQuestionLog(database.jdbi(), Clock.systemUTC());
        Assistant assistant = new Assistant(new FixedAnswerer(ANSWER, Duration.ZERO), log, List.of(),
                answered -> log.classify(answered.questionId(), "cancel", "ACME-1"), Runnable::run);

        long id = assistant.handle(question("How do I cancel?")).questionId();

        String stored = database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT intent || '/' || account_id FROM question WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
        assertThat(stored).isEqualTo("cancel/ACME-1");
    }
}
