package io.tenure.bench.eval;

import io.tenure.config.Secrets;
import io.tenure.knowledge.HelpCenter;
import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.eval.EvalQuestion;
import io.tenure.knowledge.eval.Evaluation;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.LanguageModels;
import io.tenure.llm.PromptLibrary;
import io.tenure.llm.LlmSettings;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * An evaluation through the LLM path with good query translations: the real LangChain4j OpenAI client, built
 * from settings as Tenure builds it, against a {@link TranslatingModelServer} that answers from human
 * translations. Retrieval searches the question and its four translations and fuses the rankings, exactly as
 * with a real model; only the model is replaced.
 */
public final class TranslatedEvaluation {
    private TranslatedEvaluation() {
    }

    /** The outcomes, and the questions the model was asked for that the translations file lacks. */
    public record Result(List<Evaluation.Outcome> outcomes, List<String> unknownQuestions) {
    }

    public static Result run(KnowledgeBase base, PromptLibrary prompts, String promptsDir,
                             List<EvalQuestion> questions, QueryTranslations translations) throws IOException {
        try (TranslatingModelServer server = new TranslatingModelServer(translations, prompts)) {
            LanguageModel model = LanguageModels.fromSettings(new LlmSettings("openai", "human-translations",
                    server.baseUrl(), 30, 500, 0.0, false, promptsDir), new Secrets(Map.of()));
            HelpCenter helpCenter = base.helpCenter(model, prompts);
            // One warm-up pass, as `tenure eval` makes with a model configured.
            List<Evaluation.Outcome> outcomes = Evaluation.run(helpCenter, questions, questions.size());
            return new Result(outcomes, server.unknownQuestions().stream().distinct().toList());
        }
    }
}
