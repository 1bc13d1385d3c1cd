package io.tenure.retention;

import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.LanguageDetector;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.PromptLibrary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises whether a question shows that the asker may leave: cancel, downgrade, refund or a billing
 * complaint. With a model, {@code prompts/intent.txt} asks for one label or none; without one, or when
 * the model fails, times out or answers something that is not a label, the glossary decides: the
 * question's concepts (in its language and English) against {@link IntentRules}.
 */
public final class IntentRecognizer {
    private static final Logger log = LoggerFactory.getLogger(IntentRecognizer.class);
    static final String PROMPT = "intent";

    private final IntentRules rules;
    private final Glossary glossary;
    private final LanguageDetector detector;
    private final LanguageModel model;
    private final PromptLibrary.Prompt prompt;

    public IntentRecognizer(IntentRules rules, Glossary glossary, LanguageDetector detector, LanguageModel model,
                            PromptLibrary prompts) {
        this.rules = rules;
        this.glossary = glossary;
        this.detector = detector;
        this.model = model;
        // Checked at start even without a model, so a broken template is found before it is needed.
        this.prompt = prompts.require(PROMPT, Set.of("question", "intents"));
    }

    /** The intent's label, or empty when the question shows none. */
    public Optional<String> recognise(String question) {
        if (question == null || question.isBlank()) {
            return Optional.empty();
        }
        if (model.available()) {
            Optional<Optional<String>> decided = fromModel(question);
            if (decided.isPresent()) {
                return decided.get();
            }
        }
        return fromGlossary(question);
    }

    /**
     * Without a model: the first intent one of whose concepts the question mentions. A word that belongs to
     * several concepts ("reduce" is both downgrade and reduce) shows none of them: "How do I reduce
     * notifications?" is no downgrade, while "downgrade" itself is.
     */
    public Optional<String> fromGlossary(String question) {
        List<Glossary.Mention> mentions = glossary.mentions(question, detector.detect(question));
        Set<String> concepts = mentions.stream()
                .filter(m -> mentions.stream().noneMatch(other -> other.start() == m.start()
                        && other.end() == m.end() && !other.concept().equals(m.concept())))
                .map(Glossary.Mention::concept)
                .collect(Collectors.toSet());
        return rules.intents().stream()
                .filter(rule -> rule.concepts().stream().anyMatch(concepts::contains))
                .map(IntentRules.Rule::intent)
                .findFirst();
    }

    /** Empty when the model gave no usable answer; else its decision (a label, or none). */
    private Optional<Optional<String>> fromModel(String question) {
        String intents = rules.intents().stream()
                .map(rule -> rule.intent() + ": " + (rule.description() == null ? "" : rule.description()))
                .collect(Collectors.joining("\n"));
        Optional<String> text = model.complete("intent", prompt.render(Map.of("question", question, "intents", intents)));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String label = text.get().strip().toLowerCase(Locale.ROOT)
                .replaceAll("^[\\s\"'`*\\[]+|[\\s\"'`*.\\]]+$", "");
        if (label.equals("none")) {
            return Optional.of(Optional.empty());
        }
        if (rules.labels().contains(label)) {
            return Optional.of(Optional.of(label));
        }
        log.warn("llm intent: answer is not a label ({}); using the glossary", abbreviate(text.get()));
        return Optional.empty();
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 60) + "…";
    }
}
