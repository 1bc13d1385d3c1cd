package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question whose billing word is of something no article mentions ("biaya langganan listrik", "ราคาทองคำ",
 * "ジムの月会費", "electricity bill") is handed over even without a possessive, when all the help center knows
 * of it is the glossary's general billing vocabulary; the everyday comparison, count and request words of a
 * question ("미만", "수량", "티켓") reach the articles that write them in another language. A fictional
 * note-taking app, Quillnote, whose articles are written here.
 */
class WhatABillingWordIsOfTest {
    @TempDir
    Path folder;

    private KnowledgeBase helpCenter() throws IOException {
        write("pricing.en.md", """
                # Quillnote pricing
                A Quillnote subscription costs $8 per month. The monthly fee is billed on the first day of each month.
                """);
        write("pricing.id.md", """
                # Harga Quillnote
                Langganan Quillnote berharga $8 per bulan. Biaya bulanan ditagih pada hari pertama setiap bulan.
                """);
        write("pricing.th.md", """
                # ราคาของ Quillnote
                การสมัครสมาชิก Quillnote ราคา $8 ต่อเดือน ค่าบริการรายเดือนจะถูกเรียกเก็บในวันแรกของทุกเดือน
                ใบแจ้งหนี้จะส่งถึงคุณภายใน 3 วัน
                """);
        write("pricing.ja.md", """
                # Quillnote の料金
                Quillnote のサブスクリプションは月額 $8 です。毎月の料金は各月の初日に請求されます。
                """);
        write("health.th.md", """
                # คะแนนสุขภาพของบัญชี
                เมื่อคะแนนสุขภาพต่ำกว่า 50 ให้ทีมติดต่อลูกค้าภายในสองวัน ระบุจำนวนผู้ใช้ที่ยังใช้งานอยู่ในรายงาน
                """);
        return KnowledgeFixtures.ingestedInMemory(folder);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    @Test
    void aBillingWordOfSomethingNoArticleMentionsIsHandedOverWithoutAPossessive() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            assertThat(base.retriever().retrieve("Berapa biaya langganan listrik per bulan?", "id", 3)).isEmpty();
            assertThat(base.retriever().retrieve("ราคาทองคำเท่าไหร่", "th", 3)).isEmpty();
            assertThat(base.retriever().retrieve("ジムの月会費を解約したい", "ja", 3)).isEmpty();
            assertThat(base.retriever().retrieve("How much is the electricity bill?", "en", 3)).isEmpty();
        }
    }

    @Test
    void theSameBillingWordsOfTheHelpCentersOwnThingAreAnswered() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            for (String[] asked : new String[][]{{"Berapa biaya langganan Quillnote per bulan?", "id"},
                    {"ราคาสมัครสมาชิก Quillnote เท่าไหร่", "th"}, {"Quillnote の月額料金はいくらですか", "ja"},
                    {"How much is the Quillnote subscription per month?", "en"}}) {
                List<ScoredPassage> found = base.retriever().retrieve(asked[0], asked[1], 3);

                assertThat(found).as(asked[0]).isNotEmpty();
                assertThat(found.get(0).passage().article()).as(asked[0]).isEqualTo("pricing");
            }
        }
    }

    @Test
    void aWordOfItsOwnTheHelpCenterUsesMakesAnUnknownWordBesideABillingWordAnAttribute() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            // "สุดท้าย" (final) is in no article; "ภายใน" (within) is: the final invoice of this help center.
            List<ScoredPassage> found = base.retriever().retrieve("ใบแจ้งหนี้สุดท้ายจะได้ภายในกี่วัน", "th", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().article()).isEqualTo("pricing");
        }
    }

    @Test
    void anEverydayComparisonWordReachesTheArticleThatWritesItInAnotherLanguage() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            // "미만" (below) is the Thai article's ต่ำกว่า.
            List<ScoredPassage> found = base.retriever().retrieve("건강 점수가 50 미만이면?", "ko", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().article()).isEqualTo("health");
        }
    }

    @Test
    void anEnglishQuestionOnAHelpCenterWithoutEnglishIsNotDeclinedForItsEverydayWords() throws IOException {
        write("churn.th.md", """
                # การสูญเสียลูกค้า
                การสูญเสียลูกค้าส่วนใหญ่เกิดขึ้นใน 90 วันแรกหลังการสมัครสมาชิก
                """);
        try (KnowledgeBase base = KnowledgeFixtures.ingestedInMemory(folder)) {
            // "most" and "happen" say no more than "much" or Indonesian "terjadi": function words, not unknown topics.
            List<ScoredPassage> found = base.retriever().retrieve("When does most churn happen?", "en", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().article()).isEqualTo("churn");
        }
    }

    @Test
    void aQuestionKnownOnlyAsABillIsAboutTheThingItNamesWhateverLanguageItIsAskedIn() throws IOException {
        write("renewal.th.md", """
                # การต่ออายุอัตโนมัติ
                ปิดการต่ออายุอัตโนมัติในหน้าการเรียกเก็บเงิน เพื่อไม่ให้ถูกเรียกเก็บเงินอีกในปีหน้า
                ราคาของแผนรายปีคือ 1,200 บาท และจะเรียกเก็บเงินในวันต่ออายุ
                """);
        try (KnowledgeBase base = KnowledgeFixtures.ingestedInMemory(folder)) {
            // All the help center knows of it is "how much" and "charge": what is charged for, a plumber, it never mentions.
            assertThat(base.retriever().retrieve("How much does a plumber charge per hour?", "en", 3)).isEmpty();
            // The renewal is the help center's own: its English words it does not write are no object.
            assertThat(base.retriever().retrieve("Where do I switch off auto-renewal so we don't get charged again?", "en", 3))
                    .isNotEmpty();
        }
    }
}
