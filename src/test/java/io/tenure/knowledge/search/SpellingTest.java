package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.index.LanguageAnalyzers;
import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void twoLettersTypedInTheWrongOrderAreReadAsTheWordWithThoseLettersRatherThanAnEquallyNearOne() {
        Spelling spelling = new Spelling(new LanguageAnalyzers());
        // "trail" is one edit from both; "train" is the more frequent word here, "trial" has the letters typed.
        spelling.add("en", "train", "training", 5);
        spelling.add("en", "trial", "trial", 1);

        assertThat(spelling.correct("how long is the free trail", "en", term -> false))
                .isEqualTo("how long is the free trial");
    }
}
