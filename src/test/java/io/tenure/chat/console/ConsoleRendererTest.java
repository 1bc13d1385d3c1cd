package io.tenure.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleRendererTest {
    @Test
    void chatMarkupIsPrintedAsPlainWords() {
        assertThat(ConsoleRenderer.plain("*ACC-00037* scores **42** (red); run `risk 19` for all"))
                .isEqualTo("ACC-00037 scores 42 (red); run risk 19 for all");
    }

    @Test
    void starsThatAreNotMarkupStay() {
        assertThat(ConsoleRenderer.plain("2 * 3 = 6, and a*b")).isEqualTo("2 * 3 = 6, and a*b");
        assertThat(ConsoleRenderer.plain("   • a bullet")).isEqualTo("   • a bullet");
    }
}
