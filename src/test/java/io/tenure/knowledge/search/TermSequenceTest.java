package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermSequenceTest {
    private final TermSequence text = TermSequence.of(List.of("cancel", "your", "annual", "plan", "any", "time",
            "cancel", "plan"));

    @Test
    void aSingleTermIsFoundWhereverItStands() {
        assertThat(text.contains(List.of("time"))).isTrue();
        assertThat(text.contains(List.of("refund"))).isFalse();
    }

    @Test
    void aCompoundsTermsMustFollowEachOtherWithAtMostOneTermBetween() {
        assertThat(text.contains(List.of("annual", "plan"))).isTrue();
        assertThat(text.contains(List.of("your", "plan"))).isTrue();
        assertThat(text.contains(List.of("your", "any"))).as("two terms between").isFalse();
        assertThat(text.contains(List.of("plan", "annual"))).as("the wrong order").isFalse();
    }

    @Test
    void aCompoundIsFoundAtAnyOfItsFirstTermsPlaces() {
        // The first "cancel" is followed by "your annual"; the second by "plan".
        assertThat(text.contains(List.of("cancel", "plan"))).isTrue();
        assertThat(text.contains(List.of("cancel", "your", "annual", "plan"))).isTrue();
        assertThat(text.contains(List.of("time", "cancel", "plan", "any"))).isFalse();
    }

    @Test
    void anEmptyTextHoldsNothing() {
        assertThat(TermSequence.of(List.of()).contains(List.of("plan"))).isFalse();
        assertThat(TermSequence.of(List.of()).contains(List.of("annual", "plan"))).isFalse();
    }
}
