package io.tenure.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {
    @Test
    void oneIsSingularAndEveryOtherCountIsPlural() {
        assertThat(Counted.of(1, "bad row")).isEqualTo("1 bad row");
        assertThat(Counted.of(1, "day")).isEqualTo("1 day");
        assertThat(Counted.of(0, "day")).isEqualTo("0 days");
        assertThat(Counted.of(14, "day")).isEqualTo("14 days");
    }
}
