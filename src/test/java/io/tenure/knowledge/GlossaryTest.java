package io.tenure.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tenure.config.ConfigException;
import io.tenure.knowledge.index.LanguageAnalyzers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {
    private static final LanguageAnalyzers ANALYZERS = new LanguageAnalyzers();

    @Test
    void conceptsAreRecognisedThroughInflectionsInEveryLanguage() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        assertThat(glossary.concepts("I cancelled and was charged again", "en")).contains("cancel", "charge");
        assertThat(glossary.concepts("Bagaimana pembatalan langganan saya?", "id")).contains("cancel", "subscription");
        assertThat(glossary.concepts("구독을 해지하려면 어떻게 하나요?", "ko")).contains("cancel", "subscription");
        assertThat(glossary.concepts("返金はいつ届きますか", "ja")).contains("refund");
        assertThat(glossary.concepts("ขอคืนเงินได้ไหม", "th")).contains("refund");
    }

    @Test
    void moneyOwedPastItsDueDateIsOneConceptInEveryLanguage() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        assertThat(glossary.concepts("My account is overdue, how do I pay the outstanding balance?", "en"))
                .contains("overdue");
        assertThat(glossary.concepts("Sudah melewati jatuh tempo?", "id")).contains("overdue");
        assertThat(glossary.concepts("บัญชีค้างชำระอยู่", "th")).contains("overdue");
        assertThat(glossary.concepts("요금이 연체되었어요", "ko")).contains("overdue");
        assertThat(glossary.concepts("支払いが延滞しています", "ja")).contains("overdue");
    }

    @Test
    void aThaiGlossaryWordDoesNotSpanTheSpaceBetweenTwoPhrases() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        // "มากขึ้น ราคา…": more contacts; then the price. No price increase (ขึ้นราคา) is asked about.
        assertThat(glossary.concepts("ถ้ามีผู้ติดต่อมากขึ้น ราคาต่อสมาชิกจะถูกลงไหม", "th"))
                .contains("price").doesNotContain("price_complaint");
        assertThat(glossary.concepts("ทำไมถึงขึ้นราคา", "th")).contains("price_complaint");
    }

    @Test
    void raisingSomethingIsOneConceptInEveryLanguageTheOppositeOfReducingIt() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        assertThat(glossary.concepts("Can I raise my subscriber tier during the trial?", "en")).contains("increase");
        assertThat(glossary.concepts("Bisakah saya menaikkan batas kontak?", "id")).contains("increase");
        assertThat(glossary.concepts("연락처 한도를 늘리려면?", "ko")).contains("increase");
        assertThat(glossary.concepts("連絡先の上限を増やすには", "ja")).contains("increase");
        assertThat(glossary.concepts("ถ้ามีผู้ติดต่อมากขึ้น", "th")).contains("increase");
        assertThat(glossary.concepts("How do I reduce churn?", "en")).contains("reduce").doesNotContain("increase");
    }

    @Test
    void preparingSomethingIsOneConceptInEveryLanguage() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        assertThat(glossary.concepts("What should I prepare before migrating?", "en")).contains("prepare");
        assertThat(glossary.concepts("Apa persiapan sebelum migrasi data?", "id")).contains("prepare");
        assertThat(glossary.concepts("이전하기 전에 무엇을 준비해야 하나요?", "ko")).contains("prepare");
        assertThat(glossary.concepts("移行前のデータ準備は何ですか", "ja")).contains("prepare");
        assertThat(glossary.concepts("ข้อมูลของคุณพร้อมหรือยัง", "th")).contains("prepare");
    }

    @Test
    void theEverydayJapaneseWordForRetentionIsTheRetentionConcept() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        assertThat(glossary.concepts("定着率を改善したい", "ja")).contains("churn");
    }

    @Test
    void aQuestionAsksForAnAmountEvenWhenItsAnalyzerDropsTheQuantityWord() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        // The Indonesian analyzer keeps no term of "berapa"; the word as written still asks for an amount.
        assertThat(ANALYZERS.terms("id", "berapa")).isEmpty();
        assertThat(glossary.asksForQuantity("Berapa minggu implementasi CRM?", "id")).isTrue();
        assertThat(glossary.asksForQuantity("ค่าใช้จ่ายมีกี่ประเภท", "th")).isTrue();
        assertThat(glossary.asksForQuantity("Apakah implementasi CRM sulit?", "id")).isFalse();
    }

    @Test
    void aJapaneseWhatBeforeACounterAsksHowManyAndBeforeAParticleAsksWhat() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        assertThat(glossary.asksForQuantity("データ準備は何ステップですか", "ja")).isTrue();
        assertThat(glossary.asksForQuantity("請求書は何件まで出せますか", "ja")).isTrue();
        assertThat(glossary.asksForQuantity("年払いだと何%安くなりますか", "ja")).isTrue();
        assertThat(glossary.asksForQuantity("ライセンスを減らしたい。何と入力する？", "ja")).isFalse();
        assertThat(glossary.asksForQuantity("請求書に何が書いてありますか", "ja")).isFalse();
    }

    @Test
    void askingForTheTopOrBottomOfARangeAsksForAnAmountInEveryLanguage() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        assertThat(glossary.asksForQuantity("what's the biggest subscriber tier for campaigns", "en")).isTrue();
        assertThat(glossary.asksForQuantity("tingkat pelanggan terbesar untuk kampanye apa?", "id")).isTrue();
        assertThat(glossary.asksForQuantity("캠페인의 최대 구독자 등급은?", "ko")).isTrue();
        assertThat(glossary.asksForQuantity("キャンペーンの最大の購読者ティアは？", "ja")).isTrue();
        assertThat(glossary.asksForQuantity("ระดับสมาชิกสูงสุดของแคมเปญคืออะไร", "th")).isTrue();
        assertThat(glossary.asksForQuantity("what is a subscriber tier for campaigns", "en")).isFalse();
    }

    @Test
    void everyConceptHasWordsInAllFiveLanguages() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        assertThat(glossary.conceptIds()).hasSizeGreaterThan(40).allSatisfy(concept ->
                assertThat(LanguageDetector.SUPPORTED).allSatisfy(language ->
                        assertThat(glossary.words(concept, language)).as(concept + " in " + language).isNotEmpty()));
    }

    @Test
    void aUserGlossaryExtendsConceptsAndAddsNewOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my-glossary.yaml");
        Files.writeString(file, """
                concepts:
                  refund:
                    en: [money back guarantee]
                  voucher:
                    en: [voucher, gift card]
                    id: [voucher, kartu hadiah]
                """);

        Glossary glossary = Glossary.load(file.toString(), ANALYZERS);

        assertThat(glossary.concepts("Is there a money back guarantee?", "en")).contains("refund");
        assertThat(glossary.concepts("Can I redeem a gift card?", "en")).contains("voucher");
        assertThat(glossary.words("refund", "ko")).as("languages the user did not list are kept").contains("환불");
    }

    @Test
    void aMissingOrMalformedUserGlossaryFailsNamingTheFile(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Glossary.load(dir.resolve("none.yaml").toString(), ANALYZERS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("none.yaml");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "concepts: [just, a, list]\n");
        assertThatThrownBy(() -> Glossary.load(broken.toString(), ANALYZERS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("broken.yaml");
    }

    @Test
    void functionWordsAreFoundSoTheyNeverCountAsEvidence() {
        Glossary glossary = Glossary.load("", ANALYZERS);

        assertThat(glossary.functionWords("ค่าธรรมเนียมเท่าไหร่", "th")).isNotEmpty();
        assertThat(glossary.isFunctionTerm("en", "how")).isTrue();
        assertThat(glossary.isFunctionTerm("en", "refund")).isFalse();
    }
}
