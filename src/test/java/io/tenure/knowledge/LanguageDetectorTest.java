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
    void textWithoutLettersGetsTheFallbackLanguage() {
        assertThat(new LanguageDetector("id").detect("2024 / 42 ?")).isEqualTo("id");
    }
}
