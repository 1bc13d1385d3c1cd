package io.tenure.knowledge.answer;

import io.tenure.knowledge.LanguageDetector;
import io.tenure.knowledge.search.Translation;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.PromptLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the LLM for the question in the other languages ({@code prompts/query-translate.txt}), one
 * {@code <lang>: <text>} line each, so retrieval can search them too. No model, or no usable reply:
 * no translations, and the glossary alone bridges languages.
 */
public final class QueryTranslator {
    private static final Pattern LINE = Pattern.compile("^\\s*[-*]?\\s*([a-z]{2})\\s*[:：]\\s*(.+?)\\s*$");

    private final LanguageModel model;
    private final PromptLibrary.Prompt prompt;

    public QueryTranslator(LanguageModel model, PromptLibrary prompts) {
        this.model = model;
        this.prompt = model.available() ? prompts.require("query-translate", Set.of("question", "languages")) : null;
    }

    public List<Translation> translate(String question, String language) {
        if (prompt == null) {
            return List.of();
        }
        List<String> targets = LanguageDetector.SUPPORTED.stream().filter(l -> !l.equals(language)).toList();
        return model.complete("query-translate", prompt.render(Map.of("question", question,
                        "languages", String.join(", ", targets))))
                .map(reply -> parse(reply, targets))
                .orElse(List.of());
    }

    static List<Translation> parse(String reply, List<String> targets) {
        List<Translation> translations = new ArrayList<>();
        for (String line : reply.split("\\R")) {
            Matcher matcher = LINE.matcher(line);
            if (matcher.matches() && targets.contains(matcher.group(1))
                    && translations.stream().noneMatch(t -> t.language().equals(matcher.group(1)))) {
                translations.add(new Translation(matcher.group(2), matcher.group(1)));
            }
        }
        return translations;
    }
}
