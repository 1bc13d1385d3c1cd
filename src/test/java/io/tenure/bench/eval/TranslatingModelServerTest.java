package io.tenure.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.UserError;
import io.tenure.config.Secrets;
import io.tenure.knowledge.answer.QueryTranslator;
import io.tenure.knowledge.eval.EvalQuestion;
import io.tenure.knowledge.search.Translation;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LanguageModels;
import io.tenure.llm.LlmSettings;
import io.tenure.llm.PromptLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fake model behind `bench eval-translated`: the real LangChain4j OpenAI client sends Tenure's real
 * query-translate prompt to it on 127.0.0.1, and it answers with the human translations of that question.
 */
class TranslatingModelServerTest {
    private static final PromptLibrary PROMPTS = new PromptLibrary("prompts");

    @TempDir
    Path dir;

    private List<EvalQuestion> questions() throws Exception {
        Path file = dir.resolve("questions.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"q1\",\"lang\":\"ko\",\"question\":\"환불은 어떻게 받나요?\",\"source\":\"refunds\",\"expect_any\":[\"14\"]}",
                "{\"id\":\"q2\",\"lang\":\"en\",\"question\":\"Can I pause my plan?\",\"source\":null,\"expect_any\":[]}", ""));
        return EvalQuestion.read(file);
    }

    private Path translations(String... lines) throws Exception {
        return Files.writeString(dir.resolve("translations.jsonl"), String.join("\n", lines) + "\n");
    }

    private static QueryTranslator translatorAgainst(TranslatingModelServer server) {
        LanguageModel model = LanguageModels.fromSettings(new LlmSettings("openai", "test-model", server.baseUrl(), 10,
                300, 0.0, false, "prompts"), new Secrets(Map.of()));
        return new QueryTranslator(model, PROMPTS);
    }

    @Test
    void aQuestionInTheFileIsTranslatedIntoEveryLanguageThePromptAsksFor() throws Exception {
        String english = "How do I get a refund?";
        String indonesian = "Bagaimana cara mendapatkan pengembalian dana?";
        QueryTranslations human = QueryTranslations.read(questions(), translations(
                "{\"question_id\":\"q1\",\"en\":\"" + english + "\",\"id\":\"" + indonesian
                        + "\",\"ja\":\"返金はどうやって受けられますか?\",\"th\":\"ขอเงินคืนได้อย่างไร\"}"));

        try (TranslatingModelServer server = new TranslatingModelServer(human, PROMPTS)) {
            List<Translation> translated = translatorAgainst(server).translate("환불은 어떻게 받나요?", "ko");

            assertThat(translated).extracting(Translation::language).containsExactlyInAnyOrder("en", "id", "ja", "th");
            assertThat(translated).contains(new Translation(english, "en"), new Translation(indonesian, "id"));
            assertThat(server.translated()).containsExactly("환불은 어떻게 받나요?");
            assertThat(server.unknownQuestions()).isEmpty();
        }
    }

    @Test
    void aQuestionTheFileLacksGetsNoTranslationsAndIsReported() throws Exception {
        QueryTranslations human = QueryTranslations.read(questions(), translations(
                "{\"question_id\":\"q1\",\"en\":\"How do I get a refund?\"}"));

        try (TranslatingModelServer server = new TranslatingModelServer(human, PROMPTS)) {
            List<Translation> translated = translatorAgainst(server).translate("Can I pause my plan?", "en");

            assertThat(translated).isEmpty();
            assertThat(server.unknownQuestions()).containsExactly("Can I pause my plan?");
            assertThat(human.untranslated()).containsExactly("q2");
        }
    }

    @Test
    void aTranslationsLineForAQuestionTheSetDoesNotHoldOrInALanguageTenureDoesNotSpeakIsRefused() throws Exception {
        List<EvalQuestion> questions = questions();

        assertThatThrownBy(() -> QueryTranslations.read(questions, translations("{\"question_id\":\"q9\",\"en\":\"x\"}")))
                .isInstanceOf(UserError.class).hasMessageContaining("q9");
        assertThatThrownBy(() -> QueryTranslations.read(questions, translations("{\"question_id\":\"q1\",\"fr\":\"x\"}")))
                .isInstanceOf(UserError.class).hasMessageContaining("\"fr\"");
    }
}
