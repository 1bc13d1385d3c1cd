package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word written in another script meets the help center's Latin spelling only where one can be the other's
 * spelling: Thai, Korean and Japanese spell English words and names, not Indonesian ones, and an acronym is read
 * letter by letter. A chance match of consonants would make an off-topic word look known (a fictional budgeting
 * app, Pennywise, written here as real files).
 */
class SpelledInAnotherScriptTest {
    @TempDir
    Path folder;

    private KnowledgeBase helpCenter() throws IOException {
        write("late-payment.id.md", """
                # Denda bayar telat di Pennywise
                Kalau tagihan Pennywise dibayar telat lebih dari 7 hari, kami mengenakan denda Rp 20.000.
                Denda muncul di tagihan bulan berikutnya.
                """);
        write("plans.ja.md", """
                # Pennywise のプラン
                Pennywise には月額プランと年額プランがあります。プランは設定ページからいつでも変更できます。
                明細をエクスポートするには、右上のボタンをクリックしてください。
                """);
        return KnowledgeFixtures.ingestedInMemory(folder);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    @Test
    void aThaiWordIsNotTakenForTheIndonesianWordWithTheSameConsonants() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            // ตลาด (a market) and "telat" (late) share t-l-t; nothing in the help center is about a market.
            assertThat(base.retriever().retrieve("ตลาดอยู่ที่ไหน", "th", 3)).isEmpty();
        }
    }

    @Test
    void anAcronymTheHelpCenterNeverWritesIsNotReadAsAKatakanaWord() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            // "PRN" is read P-R-N, not as プラン (plan): the question names something the help center never mentions.
            assertThat(base.retriever().retrieve("How do I pay the PRN bill?", "en", 3)).isEmpty();
        }
    }

    @Test
    void anEnglishWordStillMeetsItsKatakanaSpelling() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            // "click" is known only as クリック: without it nothing of the question would be known.
            var passages = base.retriever().retrieve("Where do I click?", "en", 3);

            assertThat(passages).isNotEmpty();
            assertThat(passages.get(0).passage().article()).isEqualTo("plans");
        }
    }
}
