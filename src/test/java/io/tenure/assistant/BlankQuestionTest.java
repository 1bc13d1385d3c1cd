package io.tenure.assistant;

import io.tenure.storage.assistant.SqlQuestionLog;
import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.UserError;
import io.tenure.storage.Database;
import io.tenure.support.FixedAnswerer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tenure ask ""} asks nothing, so nothing is answered or recorded as an unanswered question. */
class BlankQuestionTest {
    @TempDir
    Path dir;

    @Test
    void aBlankQuestionIsRefusedAndNotRecorded() {
        // given
        Database database = TestDatabases.open(dir);
        FixedAnswerer answerer = new FixedAnswerer("Open Settings › Billing.", Duration.ZERO);
        Assistant assistant = new Assistant(answerer, new SqlQuestionLog(database.jdbi(), Clock.systemUTC()), List.of());

        // when / then
        assertThatThrownBy(() -> assistant.answer(Caller.customer("cli", "cli"), ChannelKind.DIRECT, "   "))
                .isInstanceOf(UserError.class).hasMessageContaining("Give a question");
        assertThat(answerer.questions()).isEmpty();
        int recorded = database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM question")
                .mapTo(Integer.class).one());
        assertThat(recorded).isZero();
    }
}
