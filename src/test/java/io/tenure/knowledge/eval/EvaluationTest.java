package io.tenure.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.Main;
import io.tenure.knowledge.Answer;
import io.tenure.knowledge.Citation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluationTest {
    private static Citation cite(String article, String passage) {
        return new Citation(article, "Title", "en", "Section", passage, 1.0, null);
    }

    private static EvalQuestion question(String id, String source, String... expect) {
        return new EvalQuestion(id, "en", "question " + id, source, List.of(expect));
    }

    private static Answer answered(Citation... citations) {
        return new Answer("lead-in", "en", false, List.of(citations));
    }

    private static final Answer ABSTAINED = new Answer("not covered", "en", true, List.of());

    @Test
    void theMetricsFollowFromRanksFactsAndAbstentions() {
        List<Evaluation.Outcome> outcomes = List.of(
                // answerable, source first, fact shown
                Evaluation.outcome(question("a", "refunds", "14 days"),
                        answered(cite("refunds", "within 14 days"), cite("trial", "x")), 10),
                // answerable, source third, fact not shown
                Evaluation.outcome(question("b", "trial", "30 days"),
                        answered(cite("refunds", "x"), cite("invoices", "y"), cite("trial", "no number")), 20),
                // answerable, source missing from the citations, fact in another article's passage
                Evaluation.outcome(question("c", "plans", "$8"),
                        answered(cite("refunds", "costs $8")), 30),
                // answerable, but abstained
                Evaluation.outcome(question("d", "refunds", "14 days"), ABSTAINED, 40),
                // unanswerable: one abstains, one does not
                Evaluation.outcome(question("e", null), ABSTAINED, 50),
                Evaluation.outcome(question("f", null), answered(cite("refunds", "x")), 60));

        Evaluation.Metrics metrics = Evaluation.metrics(outcomes);

        assertThat(metrics.questions()).isEqualTo(6);
        assertThat(metrics.hitAt1()).isEqualTo(1 / 4.0);
        assertThat(metrics.hitAt3()).isEqualTo(2 / 4.0);
        assertThat(metrics.mrr()).isCloseTo((1 + 1 / 3.0) / 4, within(1e-9));
        assertThat(metrics.factAt3()).isEqualTo(2 / 4.0);
        assertThat(metrics.falseAbstain()).isEqualTo(1 / 4.0);
        assertThat(metrics.abstainCorrect()).isEqualTo(1 / 2.0);
        // Nearest rank over 10, 20, 30, 40, 50, 60 ms.
        assertThat(metrics.p50()).isEqualTo(30);
        assertThat(metrics.p95()).isEqualTo(60);
        assertThat(metrics.max()).isEqualTo(60);
    }

    @Test
    void onlyTheFirstThreeCitationsCountForFacts() {
        Evaluation.Outcome outcome = Evaluation.outcome(question("a", "refunds", "needle"),
                answered(cite("refunds", "a"), cite("refunds", "b"), cite("refunds", "c"), cite("refunds", "needle")), 1);

        assertThat(outcome.fact()).isFalse();
        assertThat(outcome.rank()).isEqualTo(1);
    }

    @Test
    void theEvalCommandIndexesAFolderAfreshAndPrintsExactlyTheReportedKeysLast(@TempDir Path dir) throws Exception {
        Path kb = Files.createDirectory(dir.resolve("kb"));
        Files.writeString(kb.resolve("refunds.en.md"), """
                # Refunds

                ## Annual plans
                Annual plans are refunded in full within 14 days of the payment.
                """);
        Files.writeString(kb.resolve("pembatalan.id.md"), """
                # Pembatalan langganan

                ## Langkah
                Buka Pengaturan lalu klik Batalkan langganan; pembatalan berlaku pada akhir periode penagihan.
                """);
        Path questions = dir.resolve("questions.jsonl");
        Files.writeString(questions, String.join("\n",
                "{\"id\":\"q1\",\"lang\":\"en\",\"question\":\"Are annual plans refunded?\",\"source\":\"refunds\",\"expect_any\":[\"14 days\"]}",
                "{\"id\":\"q2\",\"lang\":\"en\",\"question\":\"When does a subscription cancellation take effect?\",\"source\":\"pembatalan\",\"expect_any\":[\"akhir periode\"]}",
                "{\"id\":\"q3\",\"lang\":\"en\",\"question\":\"Who won the football world cup in 2010?\",\"source\":null,\"expect_any\":[]}",
                ""));
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));

        int exit = cli.execute("--data", dir.resolve("data").toString(), "eval", "--kb", kb.toString(),
                "--questions", questions.toString(), "--json");

        assertThat(exit).isZero();
        String[] lines = out.toString().strip().split("\\R");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.fieldNames()).toIterable().containsExactly("questions", "hit_at_1", "hit_at_3", "mrr",
                "fact_at_3", "abstain_correct", "false_abstain", "latency_ms");
        assertThat(json.path("latency_ms").fieldNames()).toIterable().containsExactly("p50", "p95", "max");
        assertThat(json.path("questions").asInt()).isEqualTo(3);
        assertThat(json.path("hit_at_1").asDouble()).isEqualTo(1.0);
        assertThat(json.path("fact_at_3").asDouble()).isEqualTo(1.0);
        assertThat(json.path("abstain_correct").asDouble()).isEqualTo(1.0);
        assertThat(json.path("false_abstain").asDouble()).isEqualTo(0.0);
        assertThat(json.path("latency_ms").path("max").asDouble())
                .isGreaterThanOrEqualTo(json.path("latency_ms").path("p95").asDouble());
        assertThat(Files.exists(dir.resolve("data").resolve("index"))).as("evaluation indexes in memory").isFalse();
    }

    @Test
    void theStandardBm25BaselineRunsThroughTheSameHarness(@TempDir Path dir) throws Exception {
        Path kb = Files.createDirectory(dir.resolve("kb"));
        Files.writeString(kb.resolve("refunds.en.md"), "# Refunds\n\n## Annual plans\nAnnual plans are refunded within 14 days.\n");
        Path questions = dir.resolve("questions.jsonl");
        Files.writeString(questions, "{\"id\":\"q1\",\"lang\":\"en\",\"question\":\"annual refunds\",\"source\":\"refunds\",\"expect_any\":[\"14 days\"]}\n");
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine(new Main());
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("--data", dir.resolve("data").toString(), "eval", "--kb", kb.toString(),
                "--questions", questions.toString(), "--retriever", "bm25-standard", "--json");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("retriever bm25-standard");
        String[] lines = out.toString().strip().split("\\R");
        assertThat(new ObjectMapper().readTree(lines[lines.length - 1]).path("hit_at_1").asDouble()).isEqualTo(1.0);
    }
}
