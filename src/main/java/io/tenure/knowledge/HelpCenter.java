package io.tenure.knowledge;

import io.tenure.knowledge.answer.ExtractiveAnswers;
import io.tenure.knowledge.answer.GeneratedAnswers;
import io.tenure.knowledge.answer.Messages;
import io.tenure.knowledge.answer.QueryTranslator;
import io.tenure.knowledge.answer.SmallTalk;
import io.tenure.knowledge.answer.ThreadMemory;
import dev.langchain4j.data.message.ChatMessage;
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
    private final FollowUps followUps;
    private final ThreadMemory memory;

    /**
     * @param followUps how a message in a conversation is read without a model (follow-up or new topic)
     * @param memory the model's memory of each conversation ({@link ThreadMemory#none()} without a model)
     */
    public HelpCenter(LanguageDetector detector, PassageRetriever retriever, QueryTranslator translator,
                      GeneratedAnswers generated, ExtractiveAnswers extractive, int maxPassages,
                      SmallTalk smallTalk, Messages messages, FollowUps followUps, ThreadMemory memory) {
        this.followUps = followUps;
        this.memory = memory;
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
        return answer(Question.alone(question)).answer();
    }

    /**
     * A question in a conversation: a follow-up is searched with the topic's concepts carried into it (the
     * same reading with or without a model), and the model, when there is one, also gets the conversation's
     * earlier turns. The answer still rests only on the passages retrieved and cites them.
     */
    @Override
    public ConversationAnswer answer(Question question) {
        String text = question.text();
        String language = detector.detect(text);
        var smallTalk = this.smallTalk.recognise(text, language);
        if (smallTalk.isPresent()) {
            // A greeting or a thank-you is answered kindly, not searched, and not an unanswered question;
            // the conversation keeps its topic.
            return new ConversationAnswer(new Answer(messages.smallTalk(smallTalk.get() == SmallTalk.Kind.THANKS,
                    language), language, false, List.of()), question.earlier(), false);
        }
        // A question outside any conversation is searched exactly as asked, with no reading at all.
        FollowUps.Reading reading = question.memory() == null && question.earlier().isEmpty()
                ? new FollowUps.Reading(text, Topic.NONE, false)
                : followUps.read(text, language, question.earlier());
        String searched = reading.searched();
        List<Translation> translations = translator.translate(searched, language);
        List<ScoredPassage> passages = retriever.retrieve(searched, language, translations, maxPassages);
        Answer answer;
        List<ChatMessage> earlier = memory.earlier(question);
        if (passages.isEmpty()) {
            answer = extractive.abstain(language);
        } else {
            answer = generated.compose(text, language, passages, earlier)
                    .orElseGet(() -> extractive.compose(language, passages));
        }
        memory.remember(question, earlier, answer.answer());
        return new ConversationAnswer(answer, reading.topic(), reading.followUp());
    }

    public String retrieverName() {
        return retriever.name();
    }
}
