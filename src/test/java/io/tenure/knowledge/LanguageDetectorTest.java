package io.tenure.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void asianScriptsAreToldApartByScriptEvenWithLatinProductNames() {
        assertThat(detector.detect("Orbitly 구독을 취소하고 싶어요")).isEqualTo("ko");
        assertThat(detector.detect("Orbitly のプランを変更したい")).isEqualTo("ja");
        assertThat(detector.detect("解約方法")).isEqualTo("ja");
        assertThat(detector.detect("ยกเลิกการสมัคร Orbitly ได้อย่างไร")).isEqualTo("th");
    }

    @Test
    void latinScriptTextIsToldApartBetweenEnglishAndIndonesian() {
        assertThat(detector.detect("How can I download last month's invoice?")).isEqualTo("en");
        assertThat(detector.detect("Bagaimana cara mengunduh faktur bulan lalu?")).isEqualTo("id");
    }

    @Test
    void latinTextMadeOnlyOfOneLanguagesKnownWordsIsToldWithoutLinguasModels() {
        LanguageDetector taught = new LanguageDetector();
        taught.knowWords(java.util.Map.of(
                "en", java.util.Set.of("how", "do", "i", "cancel", "my", "subscription", "admin"),
                "id", java.util.Set.of("bagaimana", "cara", "membatalkan", "langganan", "saya", "admin")));

        assertThat(taught.needsModel("How do I cancel my subscription?")).isFalse();
        assertThat(taught.needsModel("Bagaimana cara membatalkan langganan saya?")).isFalse();
        // A word of neither list, a word of both, a mix, or one word alone: lingua decides.
        assertThat(taught.needsModel("How do I cancel my Netflix subscription?")).isTrue();
        assertThat(taught.needsModel("admin subscription")).isTrue();
        assertThat(taught.needsModel("How do I membatalkan langganan?")).isTrue();
        assertThat(taught.needsModel("cancel")).isTrue();
        assertThat(taught.needsModel("구독을 어떻게 취소하나요?")).isFalse();
        // The same answers lingua gives.
        for (String text : java.util.List.of("How do I cancel my subscription?", "Bagaimana cara membatalkan langganan saya?")) {
            assertThat(taught.detect(text)).isEqualTo(detector.detect(text));
        }
    }

    @Test
    void textWithoutLettersGetsTheFallbackLanguage() {
        assertThat(new LanguageDetector("id").detect("2024 / 42 ?")).isEqualTo("id");
    }
}
