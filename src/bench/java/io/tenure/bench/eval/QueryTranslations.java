package io.tenure.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.UserError;
import io.tenure.knowledge.LanguageDetector;
import io.tenure.knowledge.eval.EvalQuestion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Human translations of an evaluation set's questions into the other languages, one JSON object a line keyed
 * by question id ({@code {"question_id": "d2-01", "ko": "...", "ja": "...", ...}}; not "id", which is Indonesian's code), looked up by the question's text
 * since that is what a model is asked to translate. The questions themselves stay in their own file.
 */
public final class QueryTranslations {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The key of the question's id in a line. */
    public static final String ID = "question_id";

    private final Map<String, Map<String, String>> byQuestion;
    private final List<String> untranslated;

    private QueryTranslations(Map<String, Map<String, String>> byQuestion, List<String> untranslated) {
        this.byQuestion = byQuestion;
        this.untranslated = untranslated;
    }

    /**
     * @throws UserError for a line without an id, an id the questions file lacks, or a language Tenure does not speak
     */
    public static QueryTranslations read(List<EvalQuestion> questions, Path translations) {
        Map<String, Map<String, String>> byId = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(translations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + translations, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = translations + ":" + (i + 1);
            JsonNode row;
            try {
                row = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new UserError(where + ": not JSON: " + e.getMessage());
            }
            String id = row.path(ID).asText("");
            if (id.isEmpty()) {
                throw new UserError(where + ": no \"" + ID + "\"");
            }
            Map<String, String> texts = new LinkedHashMap<>();
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) row::fields) {
                if (field.getKey().equals(ID)) {
                    continue;
                }
                if (!LanguageDetector.SUPPORTED.contains(field.getKey())) {
                    throw new UserError(where + ": \"" + field.getKey() + "\" is not one of " + LanguageDetector.SUPPORTED);
                }
                texts.put(field.getKey(), field.getValue().asText());
            }
            byId.put(id, texts);
        }
        Map<String, Map<String, String>> byQuestion = new HashMap<>();
        List<String> untranslated = new ArrayList<>();
        for (EvalQuestion question : questions) {
            Map<String, String> texts = byId.remove(question.id());
            if (texts == null) {
                untranslated.add(question.id());
            } else {
                byQuestion.put(question.question().strip(), texts);
            }
        }
        if (!byId.isEmpty()) {
            throw new UserError(translations + ": ids not in the questions file: " + byId.keySet());
        }
        return new QueryTranslations(byQuestion, List.copyOf(untranslated));
    }

    /** The question in the other languages, by language code; empty for a question not in the file. */
    public Optional<Map<String, String>> of(String question) {
        return Optional.ofNullable(byQuestion.get(question.strip()));
    }

    /** Ids of the questions that have no line in the translations file. */
    public List<String> untranslated() {
        return untranslated;
    }
}
