package io.tenure.knowledge;

import io.tenure.knowledge.answer.ExtractiveAnswers;
import io.tenure.knowledge.answer.GeneratedAnswers;
import io.tenure.knowledge.answer.Messages;
import io.tenure.knowledge.answer.QueryTranslator;
import io.tenure.knowledge.answer.SmallTalk;
import io.tenure.knowledge.search.PassageRetriever;
import io.tenure.knowledge.search.ScoredPassage;
import io.tenure.knowledge.search.Translation;
import java.util.List;

/**
 * Answers help-center questions: detects the asker's language, retrieves passages (with the LLM's
 * translations of the question when a model is configured), and answers with the model's cited text
 * or, without one or when it fails, by quoting the passages. Weak evidence: abstains.
 */
public final class HelpCenter implements QuestionAnswerer {
    private final LanguageDetector detector;
    private final PassageRetriever retriever;
    private final QueryTranslator translator;
    private final GeneratedAnswers generated;
    private final ExtractiveAnswers extractive;
    private final int maxPassages;
    private final SmallTalk smallTalk;
    private final Messages messages;

    public HelpCenter(LanguageDetector detector, PassageRetriever retriever, QueryTranslator translator,
                      GeneratedAnswers generated, ExtractiveAnswers extractive, int maxPassages,
                      SmallTalk smallTalk, Messages messages) {
        this.smallTalk = smallTalk;
        this.messages = messages;
        this.detector = detector;
        this.retriever = retriever;
        this.translator = translator;
        this.generated = generated;
        this.extractive = extractive;
        this.maxPassages = maxPassages;
    }

    @Override
    public Answer answer(String question) {
        String text = question.strip();
        String language = detector.detect(text);
        var smallTalk = this.smallTalk.recognise(text, language);
        if (smallTalk.isPresent()) {
            // A greeting or a thank-you is answered kindly, not searched, and not an unanswered question.
            return new Answer(messages.smallTalk(smallTalk.get() == SmallTalk.Kind.THANKS, language), language,
                    false, List.of());
        }
        List<Translation> translations = translator.translate(text, language);
        List<ScoredPassage> passages = retriever.retrieve(text, language, translations, maxPassages);
        if (passages.isEmpty()) {
            return extractive.abstain(language);
        }
        return generated.compose(text, language, passages).orElseGet(() -> extractive.compose(language, passages));
    }

    public String retrieverName() {
        return retriever.name();
    }
}
