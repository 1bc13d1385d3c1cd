package io.tenure.knowledge.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation question, a line of a JSONL file.
 *
 * @param source the article id that answers it, or null when the help center does not
 * @param expectAny strings of which one must appear in the passages shown
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(String id, String lang, String question, String source,
                           @JsonProperty("expect_any") List<String> expectAny) {
    public EvalQuestion {
        expectAny = expectAny == null ? List.of() : List.copyOf(expectAny);
    }

    public boolean answerable() {
        return source != null && !source.isBlank();
    }

    public static List<EvalQuestion> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<EvalQuestion> questions = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read the questions file " + file + ": " + e.getMessage());
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                EvalQuestion question = json.readValue(line, EvalQuestion.class);
                if (question.question() == null || question.question().isBlank()) {
                    throw new UserError(file + " line " + (i + 1) + ": no \"question\"");
                }
                questions.add(question);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new UserError(file + " line " + (i + 1) + ": not a JSON question: " + e.getOriginalMessage());
            }
        }
        if (questions.isEmpty()) {
            throw new UserError(file + ": no questions");
        }
        return questions;
    }
}
