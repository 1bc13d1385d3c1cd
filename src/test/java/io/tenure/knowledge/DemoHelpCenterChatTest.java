package io.tenure.knowledge;

import io.tenure.support.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.App;
import io.tenure.chat.console.ConsoleChat;
import io.tenure.config.ConfigLoader;
import io.tenure.knowledge.ingest.IngestReport;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default end to end: App, the bundled demo help center, the console chat. */
class DemoHelpCenterChatTest {
    @TempDir
    Path data;

    private App app(Map<String, String> env) {
        return new App(ConfigLoader.load(null, data, TestDatabases.environment(data, env)), Clock.systemUTC());
    }

    private String chat(App app, String user, String input) throws Exception {
        StringWriter out = new StringWriter();
        new ConsoleChat(app.assistant(), app.roles().caller(user, "console"), new PrintWriter(out), false)
                .run(new BufferedReader(new StringReader(input)));
        return out.toString();
    }

    @Test
    void thePipedConsoleChatAnswersAQuestionFromTheDemoHelpCenterWithCitations() throws Exception {
        try (App app = app(Map.of())) {
            app.prepare();

            String output = chat(app, "customer", "How do I cancel my subscription?\n");

            assertThat(output).contains("[1] How to cancel your Orbitly subscription")
                    .contains("(cancel-subscription.en)").contains("Cancel subscription");
        }
    }

    @Test
    void aQuestionInIndonesianIsAnsweredFromTheIndonesianVariant() throws Exception {
        try (App app = app(Map.of())) {
            app.prepare();

            String output = chat(app, "customer", "Bagaimana cara meminta pengembalian dana?\n");

            assertThat(output).contains("(refunds.id)").doesNotContain("(refunds.en)");
        }
    }

    @Test
    void anUnansweredQuestionIsRecordedAsAbstainedForTheTeam() throws Exception {
        try (App app = app(Map.of())) {
            app.prepare();

            String output = chat(app, "customer", "What is the capital of Australia?\n");

            assertThat(output).contains("A person from our team will follow up");
            List<Map<String, Object>> rows = app.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT text, abstained, language FROM question").map((rs, ctx) -> Map.<String, Object>of(
                            "text", rs.getString(1), "abstained", rs.getBoolean(2), "language", rs.getString(3))).list());
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.get("text")).isEqualTo("What is the capital of Australia?");
                assertThat(row.get("abstained")).isEqualTo(true);
                assertThat(row.get("language")).isEqualTo("en");
            });
        }
    }

    @Test
    void startUpIngestsTheConfiguredFolderOnlyWhenItChanged() throws Exception {
        Path kb = Files.createDirectory(data.resolve("kb"));
        Files.writeString(kb.resolve("refunds.en.md"), "# Refunds\n\n## Annual plans\nAnnual plans are refunded "
                + "in full within 14 days of payment.\n");
        Map<String, String> env = Map.of("TENURE_KB_DIR", kb.toString());
        try (App app = app(env)) {
            assertThat(app.ingestConfiguredHelpCenter().changed()).containsExactly("refunds.en.md");
        }
        try (App app = app(env)) {
            IngestReport unchanged = app.ingestConfiguredHelpCenter();
            assertThat(unchanged.touchedIndex()).isFalse();
            assertThat(unchanged.unchanged()).isEqualTo(1);
        }
        Files.writeString(kb.resolve("refunds.en.md"), "# Refunds\n\n## Annual plans\nAnnual plans are refunded "
                + "in full within 30 days of payment.\n");
        try (App app = app(env)) {
            assertThat(app.ingestConfiguredHelpCenter().changed()).containsExactly("refunds.en.md");
            app.prepare();
            assertThat(chat(app, "customer", "Are annual plans refunded?\n")).contains("30 days");
        }
    }
}
