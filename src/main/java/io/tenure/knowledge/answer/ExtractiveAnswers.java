package io.tenure.knowledge.answer;

import io.tenure.knowledge.Answer;
import io.tenure.knowledge.Citation;
import io.tenure.knowledge.search.ScoredPassage;
import java.util.List;

/** The answer without a model: a lead-in in the asker's language, then the passages quoted as written. */
public final class ExtractiveAnswers {
    private final Messages messages;

    public ExtractiveAnswers(Messages messages) {
        this.messages = messages;
    }

    public Answer compose(String language, List<ScoredPassage> passages) {
        if (passages.isEmpty()) {
            return abstain(language);
        }
        String text = messages.leadIn(language);
        if (passages.stream().anyMatch(p -> !p.passage().language().equals(language))) {
            text += " " + messages.otherLanguage(language);
        }
        return new Answer(text, language, false, passages.stream().map(ExtractiveAnswers::citation).toList());
    }

    public Answer abstain(String language) {
        return new Answer(messages.abstain(language), language, true, List.of());
    }

    static Citation citation(ScoredPassage scored) {
        var p = scored.passage();
        return new Citation(p.article(), p.title(), p.language(), p.section(), p.text(),
                Math.round(scored.score() * 1000) / 1000.0, null);
    }
}
