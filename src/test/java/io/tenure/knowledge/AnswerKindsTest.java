package io.tenure.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.index.LanguageAnalyzers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kinds of answer a question asks for besides an amount, read from the bundled glossary's answer_kinds. */
class AnswerKindsTest {
    private static final AnswerKinds KINDS = Glossary.load("", new LanguageAnalyzers()).answerKinds();

    @Test
    void aWhenQuestionAsksForATimeInAllFiveLanguages() {
        assertThat(KINDS.asked("When is my card charged?", "en")).contains("time");
        assertThat(KINDS.asked("Kapan kartu saya ditagih?", "id")).contains("time");
        assertThat(KINDS.asked("카드는 언제 청구되나요?", "ko")).contains("time");
        assertThat(KINDS.asked("カードはいつ請求されますか", "ja")).contains("time");
        assertThat(KINDS.asked("บัตรจะถูกเรียกเก็บเงินเมื่อไร", "th")).contains("time");
        assertThat(KINDS.asked("Can I pay by card?", "en")).doesNotContain("time");
    }

    @Test
    void aHowLongQuestionAsksForAnAmountOfTimeAndIsMeasuredOnlyByATimeUnitAfterANumber() {
        assertThat(KINDS.asked("How long does the setup take?", "en")).contains("duration");
        assertThat(KINDS.asked("Berapa minggu waktu setupnya?", "id")).contains("duration");
        assertThat(KINDS.asked("설정은 얼마나 걸리나요?", "ko")).contains("duration");
        assertThat(KINDS.asked("導入には何週間かかりますか", "ja")).contains("duration");
        assertThat(KINDS.asked("การติดตั้งใช้เวลานานแค่ไหน", "th")).contains("duration");
        assertThat(KINDS.measure("duration")).isTrue();
        assertThat(KINDS.measure("time")).isFalse();

        assertThat(KINDS.measured("duration", "การติดตั้งใช้เวลา 15 สัปดาห์", "th")).isTrue();
        assertThat(KINDS.measured("duration", "ตรงตามความต้องการ 60% ของทีม", "th")).isFalse();
        assertThat(KINDS.measured("duration", "Setup takes 3-4 weeks.", "en")).isTrue();
        assertThat(KINDS.measured("duration", "Plan the weeks ahead with 5 people.", "en")).isFalse();
    }

    @Test
    void aWhatPercentageQuestionIsMeasuredByAPercentWrittenAfterANumberInAnyScript() {
        assertThat(KINDS.asked("What percentage of requirements must it meet?", "en")).contains("rate");
        assertThat(KINDS.asked("要件の何パーセントを満たせばよいですか", "ja")).contains("rate");
        assertThat(KINDS.asked("ต้องตรงตามข้อกำหนดกี่เปอร์เซ็นต์", "th")).contains("rate");

        assertThat(KINDS.measured("rate", "ไม่ตรงตามความต้องการ 60%ของคุณ", "th")).isTrue();
        assertThat(KINDS.measured("rate", "要件の60％を満たす", "ja")).isTrue();
        assertThat(KINDS.measured("rate", "Setup takes 15 weeks.", "en")).isFalse();
    }

    @Test
    void aHowOftenQuestionAsksForAFrequencyButHowManyTimesAsksForACount() {
        assertThat(KINDS.asked("How often should we call new customers?", "en")).contains("frequency");
        assertThat(KINDS.asked("Seberapa sering pelanggan baru dihubungi?", "id")).contains("frequency");
        assertThat(KINDS.asked("신규 고객에게는 얼마나 자주 연락해야 하나요?", "ko")).contains("frequency");
        assertThat(KINDS.asked("どのくらいの頻度でレビューしますか", "ja")).contains("frequency");
        assertThat(KINDS.asked("ควรติดต่อลูกค้าใหม่บ่อยแค่ไหน", "th")).contains("frequency");
        assertThat(KINDS.asked("How many times is a card retried?", "en")).doesNotContain("frequency");
    }

    @Test
    void aColourIsAskedByAColourWordNotByAWordThatHoldsItsLetters() {
        assertThat(KINDS.asked("health score colors", "en")).contains("colour");
        assertThat(KINDS.asked("Apa arti warna skor kesehatan?", "id")).contains("colour");
        assertThat(KINDS.asked("건강 점수 색상은 무슨 뜻인가요?", "ko")).contains("colour");
        assertThat(KINDS.asked("ヘルススコアの色は何を意味しますか", "ja")).contains("colour");
        assertThat(KINDS.asked("คะแนนสุขภาพมีสีอะไรบ้าง", "th")).contains("colour");
        // 검색 (search) and สี่ (four) hold the letters of 색 and สี.
        assertThat(KINDS.asked("검색 기록은 어디서 보나요?", "ko")).doesNotContain("colour");
        assertThat(KINDS.asked("สี่เดือนต้องจ่ายเท่าไร", "th")).doesNotContain("colour");
        assertThat(KINDS.answers("colour", "สีเขียว สำหรับสุขภาพดี, สีเหลือง สำหรับเสี่ยง", "th")).isEqualTo(2);
    }

    @Test
    void aTimeUnitCountsAsATimeAnswerOnlyRightAfterANumber() {
        assertThat(KINDS.answers("time", "Refunds arrive within 30 days.", "en")).isEqualTo(2);
        assertThat(KINDS.answers("time", "Every day counts for our customers.", "en")).isZero();
        assertThat(KINDS.answers("time", "การสูญเสียลูกค้าส่วนใหญ่เกิดขึ้นในช่วง 90 วันแรก", "th")).isEqualTo(1);
    }

    @Test
    void frequencyWordsAreFoundInsideWordsOfUnspacedScriptsAndOnlyWholeInSpacedOnes() {
        assertThat(KINDS.answers("frequency", "ลูกค้าใหม่จะได้รับเช็คอินรายสัปดาห์", "th")).isEqualTo(1);
        assertThat(KINDS.answers("frequency", "We review accounts quarterly.", "en")).isEqualTo(1);
        assertThat(KINDS.answers("frequency", "Everyone reviews the account.", "en")).isZero();
    }

    @Test
    void aUserGlossaryAddsAnswerWordsToABundledKind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-glossary.yaml");
        Files.writeString(file, """
                concepts: {}
                answer_kinds:
                  frequency:
                    answered:
                      en: [fortnightly]
                """);

        AnswerKinds kinds = Glossary.load(file.toString(), new LanguageAnalyzers()).answerKinds();

        assertThat(kinds.answers("frequency", "Invoices are sent fortnightly.", "en")).isEqualTo(1);
        assertThat(kinds.asked("How often are invoices sent?", "en")).contains("frequency");
    }
}
