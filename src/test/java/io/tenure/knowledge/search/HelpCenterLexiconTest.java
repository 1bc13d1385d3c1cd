package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeFixtures;
import io.tenure.support.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lexicon and the script bridge on real files: the partly translated help center of
 * ../shared/kb2-dev (the test skips with a reason when it is absent).
 */
class HelpCenterLexiconTest {
    @TempDir
    Path folder;

    /** kb2-dev without the Korean variant of pay-by-invoice: that article is then Indonesian only. */
    private KnowledgeBase helpCenterWithAnIndonesianOnlyArticle() throws IOException {
        Path real = SharedFiles.shared().resolve("kb2-dev");
        try (var files = Files.list(real)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).toList()) {
                String name = file.getFileName().toString();
                if (!name.equals("README.md") && !name.equals("pay-by-invoice.ko.md")) {
                    Files.copy(file, folder.resolve(name));
                }
            }
        }
        return KnowledgeFixtures.ingestedInMemory(folder);
    }

    @Test
    void articlesInTwoLocalesTeachTheWordsTheyShare() throws IOException {
        try (KnowledgeBase base = helpCenterWithAnIndonesianOnlyArticle()) {
            Lexicon lexicon = base.retriever().lexicon();

            assertThat(lexicon.translate("id", "lisensi", "ko")).extracting(Lexicon.Translation::term)
                    .contains("라이선스");
            assertThat(lexicon.translate("ko", "카드", "id")).extracting(Lexicon.Translation::term)
                    .contains("kartu");
            assertThat(lexicon.pairs()).contains("ko|id", "id|ko", "ja|th");
        }
    }

    @Test
    void aWordLearnedFromTwoLocalesBridgesAThirdArticleThatExistsInOneLanguageOnly() throws IOException {
        try (KnowledgeBase base = helpCenterWithAnIndonesianOnlyArticle()) {
            // No glossary at all: whatever crosses from Korean to Indonesian was learned from the articles.
            MultilingualRetriever learnedOnly = new MultilingualRetriever(base.index(),
                    new Glossary(Map.of(), base.index().analyzers()), KnowledgeFixtures.settings(5_000_000).retrieval());

            // Only 송장 can cross: 결제 met Indonesian "kerja" and "kursi" by their consonants alone, by chance.
            List<ScoredPassage> found = learnedOnly.retrieve("송장으로 낼 수 있나요?", "ko", 8);

            // 송장 (invoice) was learned as "faktur" from the articles that exist in Korean and Indonesian.
            assertThat(learnedOnly.lexicon().translate("ko", "송장", "id")).extracting(Lexicon.Translation::term)
                    .contains("faktur");
            assertThat(found).anySatisfy(p -> {
                assertThat(p.passage().article()).isEqualTo("pay-by-invoice");
                assertThat(p.passage().language()).isEqualTo("id");
            });
        }
    }

    @Test
    void aLoanwordInHangulKatakanaOrThaiMeetsTheLatinNameTheHelpCenterUses() {
        ScriptBridge bridge = new ScriptBridge(Set.of("microsoft", "paypal", "azure", "ライセンス"));

        assertThat(bridge.matches("마이크로소프트")).containsExactly("microsoft");
        assertThat(bridge.matches("ไมโครซอฟท์")).containsExactly("microsoft");
        assertThat(bridge.matches("ペイパル")).containsExactly("paypal");
        assertThat(bridge.matches("페이팔")).containsExactly("paypal");
        assertThat(bridge.matches("license")).containsExactly("ライセンス");
        assertThat(bridge.matches("넷플릭스")).isEmpty();
    }

    @Test
    void aKoreanQuestionWritingTheProductInHangulFindsTheArticleThatWritesItInLatinLetters() throws IOException {
        try (KnowledgeBase base = helpCenterWithAnIndonesianOnlyArticle()) {
            List<ScoredPassage> found = base.retriever().retrieve("애저 포털에서 구독 취소는 누가 할 수 있나요?", "ko", 3);

            assertThat(found).isNotEmpty();
            assertThat(found).extracting(p -> p.passage().article()).contains("cancel-subscription");
        }
    }

    @Test
    void anIndonesianQuestionAboutReducingLicencesFindsTheThaiOnlyArticleThatWritesReduceWithLookAlikeLetters()
            throws IOException {
        try (KnowledgeBase base = helpCenterWithAnIndonesianOnlyArticle()) {
            // how-to-add-or-reduce-licenses exists in Thai only, and writes "ลดจํานวน" with nikhahit + sara aa.
            List<ScoredPassage> found = base.retriever().retrieve("Bagaimana cara mengurangi jumlah lisensi?", "id", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().article()).isEqualTo("how-to-add-or-reduce-licenses");
        }
    }

    @Test
    void aThaiQuestionAboutAnOverdueAccountFindsTheIndonesianOnlyPastDueArticle() throws IOException {
        try (KnowledgeBase base = helpCenterWithAnIndonesianOnlyArticle()) {
            // No Thai article writes ค้างชำระ; the Indonesian one says "jatuh tempo" and "saldo terutang".
            List<ScoredPassage> found = base.retriever().retrieve("บัญชีค้างชำระอยู่ จะจ่ายยอดค้างทั้งหมดได้ยังไง", "th", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().article())
                    .isEqualTo("multiple-attempts-to-charge-online-payment-instruments");
        }
    }

    @Test
    void theHelpCentersThemeWordIsLearnedWhenItsTranslationStandsOppositeItAlmostEverywhere() throws IOException {
        try (KnowledgeBase base = helpCenterWithAnIndonesianOnlyArticle()) {
            Lexicon lexicon = base.retriever().lexicon();

            // "subscription" is in about a third of the lines of every language, too common to learn by
            // chance alone, yet its translations stand opposite it in nearly every aligned line.
            assertThat(lexicon.translate("th", "สมัคร", "id")).extracting(Lexicon.Translation::term)
                    .contains("langgan");
            assertThat(lexicon.translate("ja", "サブスクリプション", "ko")).extracting(Lexicon.Translation::term)
                    .containsExactly("구독");
            // A frequent word's chance partner is not learned: "pilih" (choose) no longer pairs with 支払 (pay).
            assertThat(lexicon.translate("id", "pilih", "ja")).extracting(Lexicon.Translation::term)
                    .containsExactly("選択");
        }
    }

    @Test
    void aConceptTheThaiArticlesWriteInOtherWordsReachesThemThroughWhatTheLexiconLearned() throws IOException {
        try (KnowledgeBase base = helpCenterWithAnIndonesianOnlyArticle()) {
            // The glossary's Thai words for subscription (การสมัครสมาชิก, การสมัครใช้บริการ) are in no Thai article;
            // they write การสมัครใช้งาน, whose สมัคร the lexicon learned from "langganan".
            List<String> explained = base.retriever().explain("Langganan saya bisa dibatalkan?", "id");

            assertThat(explained).anySatisfy(line -> assertThat(line).contains("th: ").containsPattern("สมัคร\\*? \\[bridged"));
        }
    }

    @Test
    void aFrequentWordOfTheQuestionIsNotCarriedIntoOtherLanguagesByWhatItWasLearnedAs() throws IOException {
        try (KnowledgeBase base = helpCenterWithAnIndonesianOnlyArticle()) {
            // 場合 ("in case") is in many Japanese lines and learned as 경우; carried into Korean it would make every
            // Korean passage owe the question a word that says nothing about the topic.
            assertThat(base.retriever().lexicon().translate("ja", "場合", "ko")).allMatch(Lexicon.Translation::common);
            List<String> explained = base.retriever().explain("返金される場合はありますか?", "ja");

            assertThat(explained).noneSatisfy(line -> assertThat(line).contains("경우 [bridged"));
        }
    }
}
