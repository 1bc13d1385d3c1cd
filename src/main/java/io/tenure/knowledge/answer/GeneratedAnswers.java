package io.tenure.knowledge.answer;

import dev.langchain4j.data.message.ChatMessage;
import io.tenure.knowledge.Answer;
import io.tenure.knowledge.Citation;
import io.tenure.knowledge.search.ScoredPassage;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.PromptLibrary;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer written by the LLM from numbered passages ({@code prompts/answer.txt}), in the asker's
 * language, citing [n]. The passages reach the model as quoted data between {@code <passages>} tags (a
 * passage cannot close the block early), so text in an article aimed at the model is not taken as an
 * instruction. The model may say the passages do not answer the question ({@value #NOT_COVERED}); then
 * Tenure abstains. Empty when the caller must fall back to the extractive answer: no model, an error or
 * timeout, an answer citing no passage it was given, or an answer with a link no passage holds (a
 * model talked into sending customers somewhere).
 */
public final class GeneratedAnswers {
    public static final String NOT_COVERED = "NOT_COVERED";
    private static final Logger log = LoggerFactory.getLogger(GeneratedAnswers.class);
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");
    /** The quoted block's own tags, which passage text must not be able to write. */
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?\\s*passages\\s*>");
    /** A link in an answer: a URL, a www. name, or a domain followed by a path ("evil.example/pay"). */
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:[a-z][a-z0-9+.-]*://[^\\s<>\"'\\]\\[()]+"
            + "|www\\.[^\\s<>\"'\\]\\[()]+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,63}/[^\\s<>\"'\\]\\[()]*)");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "ko", "Korean",
            "ja", "Japanese", "th", "Thai", "id", "Indonesian");

    private final LanguageModel model;
    private final PromptLibrary.Prompt prompt;
    private final ExtractiveAnswers extractive;

    public GeneratedAnswers(LanguageModel model, PromptLibrary prompts, ExtractiveAnswers extractive) {
        this.model = model;
        this.extractive = extractive;
        this.prompt = model.available()
                ? prompts.require("answer", Set.of("question", "language", "passages", "not_covered")) : null;
    }

    public Optional<Answer> compose(String question, String language, List<ScoredPassage> passages) {
        return compose(question, language, passages, List.of());
    }

    /**
     * @param earlier the conversation's earlier turns (its questions and the answers given), sent before
     *                the prompt so the model reads a follow-up with them; the passages are still the only source
     */
    public Optional<Answer> compose(String question, String language, List<ScoredPassage> passages,
                                    List<ChatMessage> earlier) {
        if (prompt == null || passages.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder numbered = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            var p = passages.get(i).passage();
            numbered.append('[').append(i + 1).append("] ").append(p.title());
            if (!p.section().isEmpty()) {
                numbered.append(" › ").append(p.section());
            }
            numbered.append(" (").append(p.article()).append('.').append(p.language()).append(")\n")
                    .append(BLOCK_TAG.matcher(p.text()).replaceAll("")).append("\n\n");
        }
        Optional<String> reply = model.complete("answer", earlier, prompt.render(Map.of("question", question,
                "language", LANGUAGE_NAMES.getOrDefault(language, language.toUpperCase(Locale.ROOT)),
                "passages", numbered.toString().strip(), "not_covered", NOT_COVERED)));
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        String text = reply.get().strip();
        if (text.contains(NOT_COVERED)) {
            log.info("llm answer: the passages do not cover the question; abstaining");
            return Optional.of(extractive.abstain(language));
        }
        Set<Integer> cited = new LinkedHashSet<>();
        Matcher matcher = CITATION.matcher(text);
        while (matcher.find()) {
            int number = Integer.parseInt(matcher.group(1));
            if (number >= 1 && number <= passages.size()) {
                cited.add(number);
            }
        }
        if (cited.isEmpty()) {
            log.warn("llm answer cites no passage it was given; falling back to the extractive answer");
            return Optional.empty();
        }
        String foreign = linkNotIn(text, passages);
        if (foreign != null) {
            log.warn("llm answer has a link that none of its passages holds ({}); falling back to the extractive answer",
                    foreign);
            return Optional.empty();
        }
        // The answer's [n] refer to the order the citations are listed in, so keep all given passages
        // in their numbering; the cited ones are what the answer rests on.
        List<Citation> citations = new ArrayList<>();
        for (ScoredPassage passage : passages) {
            citations.add(ExtractiveAnswers.citation(passage));
        }
        return Optional.of(new Answer(text, language, false, citations));
    }

    /** The first link of the answer that no passage writes (scheme and case aside), or null. */
    static String linkNotIn(String answer, List<ScoredPassage> passages) {
        StringBuilder given = new StringBuilder();
        for (ScoredPassage passage : passages) {
            given.append(passage.passage().text()).append('\n');
        }
        String haystack = given.toString().toLowerCase(Locale.ROOT);
        Matcher link = LINK.matcher(answer);
        while (link.find()) {
            String found = link.group().replaceAll("[.,;:!?]+$", "");
            String bare = found.toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
            while (bare.endsWith("/")) {
                bare = bare.substring(0, bare.length() - 1);
            }
            if (!bare.isEmpty() && !haystack.contains(bare)) {
                return found;
            }
        }
        return null;
    }
}
