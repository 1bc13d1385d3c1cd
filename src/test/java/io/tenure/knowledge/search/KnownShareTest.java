package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How much of a question the help center must know before it is searched: a share of the question's units,
 * counted, so the same question is judged the same way whatever weights the index gives its words.
 */
class KnownShareTest {
    @Test
    void aQuestionRightAtTheKnownShareIsSearched() {
        // 2 units known of 5 is the 0.4 share, written in config as a decimal that binary cannot hold exactly.
        assertThat(Evidence.tooLittleKnown(2, 3, 0.4)).isFalse();
        assertThat(Evidence.tooLittleKnown(4, 6, 0.4)).isFalse();
        assertThat(Evidence.tooLittleKnown(3, 7, 0.3)).isFalse();
    }

    @Test
    void aQuestionBelowTheShareOrWithNothingKnownIsNot() {
        assertThat(Evidence.tooLittleKnown(1, 2, 0.4)).isTrue();
        assertThat(Evidence.tooLittleKnown(3, 5, 0.4)).isTrue();
        assertThat(Evidence.tooLittleKnown(0, 0, 0.4)).isTrue();
    }
}
