package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.TenureCli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With query translations (the LLM path: the real LangChain4j client against a fake OpenAI-compatible server on
 * 127.0.0.1, through {@code tenure bench eval-translated}), the passages shown inside an article written in a
 * language the question was translated into are chosen by the translation's words too, not by the asker's alone.
 */
class PassagesReadThroughTranslationsTest {
    @TempDir
    Path folder;

    private Path kb;
    private Path questions;
    private Path translations;

    @BeforeEach
    void writeAnEnglishHelpCenterAndAnIndonesianQuestion() throws Exception {
        kb = Files.createDirectories(folder.resolve("kb"));
        // Every section repeats cancel, subscription and charge; only the steps say what to check before cancelling.
        Files.writeString(kb.resolve("cancelling.en.md"), """
                # Cancelling a Tallyboard subscription

                ## Why teams cancel
                Teams cancel their Tallyboard subscription for many reasons: a smaller budget, a merger, or a \
                subscription charged for seats nobody uses.

                ## Cancelling in the middle of a month
                A Tallyboard subscription cancelled in the middle of a month is not charged for the next month.

                ## Cancelling a yearly subscription
                A yearly Tallyboard subscription cancelled early is charged to the end of its year.

                ## Keeping your boards
                A cancelled Tallyboard subscription keeps your boards for 30 days. Export them to keep them longer.

                ## Cancelling step by step
                Log in to Tallyboard and open Settings, then Billing. Before you go on, check for unpaid invoices: an \
                unpaid invoice is still charged after the subscription ends. Then click Cancel subscription and \
                confirm with your password.
                """);
        Files.writeString(kb.resolve("seats.en.md"), """
                # Seats on Tallyboard
                Every member of a team takes a seat. Add seats on the Billing page; removed seats stop being billed.
                """);
        // "sebelum" (before) is a stop word of the Indonesian analyzer and "dicek" (checked) is in no concept: the
        // asker's own words reach every section of the English article alike.
        questions = Files.writeString(folder.resolve("questions.jsonl"), """
                {"id": "sy-01", "lang": "id", "question": "sebelum batal langganan Tallyboard, apa aja yang harus \
                dicek biar ga kena biaya?", "source": "cancelling", "expect_any": ["unpaid invoice"]}
                """);
        translations = Files.writeString(folder.resolve("translations.jsonl"), """
                {"question_id": "sy-01", "en": "Before I cancel my Tallyboard subscription, what should I check so I \
                am not charged?", "ko": "Tallyboard 구독을 취소하기 전에 요금이 청구되지 않도록 무엇을 확인해야 하나요?", \
                "ja": "Tallyboard のサブスクリプションを解約する前に、料金がかからないように何を確認すべきですか?", \
                "th": "ก่อนยกเลิกการสมัครสมาชิก Tallyboard ต้องเช็กอะไรบ้างจะได้ไม่โดนเก็บเงิน"}
                """);
    }

    @Test
    void anIndonesianQuestionAboutAnEnglishArticleIsShownThePassageItsEnglishTranslationAsksFor() throws Exception {
        JsonNode metrics = evaluate(null);

        assertThat(metrics.path("hit_at_3").asDouble()).isEqualTo(1.0);
        assertThat(metrics.path("fact_at_3").asDouble()).isEqualTo(1.0);
    }

    @Test
    void judgedByTheAskersWordsAloneTheSameArticleShowsThreeOtherSectionsFirst() throws Exception {
        Path asked = Files.writeString(folder.resolve("asked-only.yaml"), """
                kb:
                  weights:
                    fusion_inside_article: 0
                """);

        JsonNode metrics = evaluate(asked);

        assertThat(metrics.path("hit_at_3").asDouble()).isEqualTo(1.0);
        assertThat(metrics.path("fact_at_3").asDouble()).isEqualTo(0.0);
    }

    private JsonNode evaluate(Path config) throws Exception {
        TenureCli cli = new TenureCli();
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--data",
                folder.resolve(config == null ? "data" : "data-asked").toString(), "bench", "eval-translated",
                "--kb", kb.toString(), "--questions", questions.toString(), "--translations", translations.toString(),
                "--json"));
        if (config != null) {
            args.add("--config=" + config);
        }

        int exit = cli.run(args.toArray(String[]::new));

        assertThat(exit).as(cli.err()).isZero();
        String[] lines = cli.out().strip().split("\\R");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }
}
