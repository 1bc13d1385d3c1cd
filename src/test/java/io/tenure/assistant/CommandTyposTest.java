package io.tenure.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.support.AccountDataCommand;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which near misses of a command get "did you mean", and which messages stay questions. */
class CommandTyposTest {
    private final List<Command> staffCommands = List.of(new AccountDataCommand("risk", "r"),
            new AccountDataCommand("account", "a"), new AccountDataCommand("digest", "d"),
            new AccountDataCommand("draft", "x"), new AccountDataCommand("drafts", "y"));

    private String suggestion(String text) {
        String[] parts = text.split("\\s+", 2);
        return CommandTypos.suggest(parts[0].toLowerCase(), parts.length > 1 ? parts[1] : "", text, staffCommands)
                .map(Reply::text).orElse("");
    }

    @Test
    void aLetterTooManyTooFewOrSwappedIsANearMiss() {
        assertThat(suggestion("risks")).contains("Did you mean `risk`?");
        assertThat(suggestion("acount ACC-00037")).contains("Did you mean `account ACC-00037`?");
        assertThat(suggestion("digset")).contains("Did you mean `digest`?");
    }

    @Test
    void aWordEquallyNearTwoCommandsNamesBoth() {
        assertThat(suggestion("draftz")).contains("`draft` or `drafts`");
    }

    @Test
    void questionsLongMessagesAndOrdinaryWordsStayQuestions() {
        assertThat(suggestion("risky customers?")).isEmpty();
        assertThat(suggestion("cancel plan")).isEmpty();
        assertThat(suggestion("refund policy")).isEmpty();
        assertThat(suggestion("risks of the new plan for us")).isEmpty();
        assertThat(suggestion("ok")).isEmpty();
    }

    @Test
    void theReplyShowsTheUsageAndHowToAskTheHelpCenterInstead() {
        String reply = suggestion("risks");

        assertThat(reply).contains("`risk`: shows risk").contains("`ask risks`");
    }
}
