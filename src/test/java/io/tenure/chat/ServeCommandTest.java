package io.tenure.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServeCommandTest {
    @Test
    void serveWithNoPlatformSaysInWordsWhatRunsAndWhatToSetToConnectSlackOrDiscord() {
        String said = ServeCommand.serving(List.of(), 3000);

        assertThat(said).contains("without a chat platform").contains("port 3000").contains("SLACK_BOT_TOKEN")
                .contains("DISCORD_BOT_TOKEN").doesNotContain("[]");
    }

    @Test
    void serveNamesThePlatformsItServesInWords() {
        assertThat(ServeCommand.serving(List.of("Slack", "Discord"), 8080))
                .startsWith("Tenure is serving Slack and Discord, with HTTP on port 8080.");
    }
}
