package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeFixtures;
import io.tenure.knowledge.index.LanguageAnalyzers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failure classes 1, 3, 4, 5, 7 and 8 of issue 10, each on a few real article files written here (a fictional
 * note-taking app, Quillnote), through the real index, the bundled glossary and the retriever. Class 2 is in
 * {@link HelpCenterLexiconTest}, class 6 in MarkdownDialectsAndPlainTextTitlesTest, class 7 for Korean and
 * Japanese compounds in {@link RetrievalFailureClassesTest}.
 */
class UnseenHelpCenterFailureClassesTest {
    @TempDir
    Path folder;

    private static final String CANCEL_EN = """
            # Cancelling your Quillnote subscription
            You can cancel your Quillnote subscription at any time from the Settings page. After cancelling,
            you keep your notes until the end of the current billing period.

            ## Refunds
            When you cancel a yearly plan, the fee for the remaining period is refunded to your card within 14 days.
            """;
    private static final String CANCEL_JA = """
            # Quillnote のサブスクリプションの解約
            Quillnote のサブスクリプションは、設定ページからいつでも解約できます。解約しても、現在の請求期間が
            終わるまでノートを使い続けられます。

            ## 返金
            年間プランを解約すると、残りの期間の料金は 14 日以内にカードに返金されます。
            """;

    private KnowledgeBase ingest() throws IOException {
        return KnowledgeFixtures.ingestedInMemory(folder);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    // Class 1: vocabulary outside the glossary.

    @Test
    void aWordNoGlossaryHoldsIsBridgedByAnArticleTheHelpCenterHasInTwoLanguages() throws IOException {
        write("editor.ko.md", """
                # 편집기 사용법
                ## 글꼴
                글꼴과 글자 크기는 도구 모음에서 고릅니다.
                ## 표
                표를 넣으려면 삽입 메뉴를 엽니다.
                ## 첨부 파일
                첨부 파일은 노트 아래쪽에 표시됩니다.
                ## 단축키
                단축키 목록은 도움말 메뉴에 있습니다.
                ## 맞춤법
                맞춤법 검사는 언어마다 켜고 끌 수 있습니다.
                """);
        write("editor.id.md", """
                # Menggunakan editor
                ## Fon
                Fon dan ukuran huruf dipilih dari bilah alat.
                ## Tabel
                Untuk menyisipkan tabel, buka menu Sisipkan.
                ## Lampiran
                Lampiran ditampilkan di bagian bawah catatan.
                ## Pintasan
                Daftar pintasan ada di menu Bantuan.
                ## Ejaan
                Pemeriksa ejaan dapat dinyalakan atau dimatikan untuk setiap bahasa.
                """);
        // Only in Indonesian: a Korean question about attachments reaches it through what editor taught.
        write("attachment-size.id.md", """
                # Batas ukuran
                Setiap lampiran boleh berukuran paling besar 25 MB; yang lebih besar ditolak saat diunggah.
                """);
        try (KnowledgeBase base = ingest()) {
            MultilingualRetriever retriever = base.retriever();

            assertThat(retriever.lexicon().translate("ko", "첨부", "id")).extracting(Lexicon.Translation::term)
                    .containsAnyElementsOf(new LanguageAnalyzers().terms("id", "lampiran"));
            assertThat(retriever.retrieve("첨부 파일 크기 제한이 있나요?", "ko", 3))
                    .anySatisfy(p -> assertThat(p.passage().article()).isEqualTo("attachment-size"));
        }
    }

    // Class 3: false friends between the analyzer's output and glossary words.

    @Test
    void signingUpIsNotTakenForSigningIn() {
        Glossary glossary = Glossary.load("", new LanguageAnalyzers());

        assertThat(glossary.concepts("How do I sign in to my account?", "en")).contains("login");
        assertThat(glossary.concepts("How do I sign up for a team?", "en")).doesNotContain("login");
    }

    @Test
    void whatTheKoreanAnalyzerLeavesOfAGlossaryWordIsNotThatWord() {
        Glossary glossary = Glossary.load("", new LanguageAnalyzers());

        // 사용권 (licence) is analyzed as 사용 (use), 저장소 (storage) as 장소 (place), 비영리 (non-profit) as 영리 (profit).
        assertThat(glossary.concepts("사용권을 더 사려면 어떻게 하나요?", "ko")).contains("license");
        assertThat(glossary.concepts("노트를 사용하는 방법을 알려주세요", "ko")).doesNotContain("license");
        assertThat(glossary.concepts("모임 장소를 노트에 적는 방법", "ko")).doesNotContain("storage");
        assertThat(glossary.concepts("영리 목적으로 써도 되나요?", "ko")).doesNotContain("education");
    }

    @Test
    void aPassageThatOnlyUsesSomethingIsNotTakenForOneAboutLicences() throws IOException {
        write("licences.id.md", """
                # Lisensi
                Setiap pengguna memerlukan satu lisensi. Admin menetapkan lisensi kepada pengguna di pusat admin.
                """);
        write("tips.ko.md", """
                # 노트 사용 팁
                노트를 사용할 때 태그를 사용하면 정리가 쉽습니다. 사용자는 검색 창을 사용해 태그를 찾습니다.
                """);
        try (KnowledgeBase base = ingest()) {
            List<ScoredPassage> found = base.retriever().retrieve("How many licenses does each user need?", "en", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().article()).isEqualTo("licences");
            assertThat(found).noneSatisfy(p -> assertThat(p.passage().article()).isEqualTo("tips"));
        }
    }

    // Class 4: a capital owed to the sentence or a pronoun is not an unknown product name.

    @Test
    void aPronounWithACapitalIsNotAnUnknownNameAndTheQuestionIsAnswered() throws IOException {
        write("cancel.en.md", CANCEL_EN);
        try (KnowledgeBase base = ingest()) {
            List<ScoredPassage> found = base.retriever()
                    .retrieve("Honestly I'm done with it, how do I cancel my subscription?", "en", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().article()).isEqualTo("cancel");
        }
    }

    @Test
    void aCapitalisedFirstWordOfASecondSentenceIsNotAnUnknownName() throws IOException {
        write("cancel.id.md", """
                # Membatalkan langganan Quillnote
                Anda dapat membatalkan langganan Quillnote kapan saja dari halaman Pengaturan.

                ## Pengembalian dana
                Jika Anda membatalkan paket tahunan, biaya sisa periode dikembalikan ke kartu Anda dalam 14 hari.
                """);
        try (KnowledgeBase base = ingest()) {
            List<ScoredPassage> found = base.retriever().retrieve(
                    "Saya sudah membatalkan paket tahunan. Normalnya berapa hari sampai dananya kembali?", "id", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().section()).isEqualTo("Pengembalian dana");
        }
    }

    // Class 7: the object of the question, not its billing words, says whether the help center covers it.

    private static final String CANCEL_ID = """
            # Membatalkan langganan Quillnote
            Anda dapat membatalkan langganan Quillnote kapan saja dari halaman Pengaturan. Setelah dibatalkan,
            catatan Anda tetap tersedia sampai akhir periode penagihan.
            """;
    private static final String CANCEL_TH = """
            # การยกเลิกการสมัครสมาชิก Quillnote
            คุณสามารถยกเลิกการสมัครสมาชิก Quillnote ได้ทุกเมื่อจากหน้าการตั้งค่า หลังจากยกเลิกแล้ว
            โน้ตของคุณจะยังอยู่จนถึงสิ้นรอบการเรียกเก็บเงิน
            """;

    @Test
    void aThingThePossessivePointsAtThatNoArticleMentionsInAnyLanguageIsHandedOver() throws IOException {
        write("cancel.en.md", CANCEL_EN);
        write("cancel.ja.md", CANCEL_JA);
        write("cancel.id.md", CANCEL_ID);
        write("cancel.th.md", CANCEL_TH);
        try (KnowledgeBase base = ingest()) {
            assertThat(base.retriever().retrieve("How do I cancel my gym membership?", "en", 3)).isEmpty();
            assertThat(base.retriever().retrieve("cara batalin langganan gym saya", "id", 3)).isEmpty();
            assertThat(base.retriever().retrieve("ยกเลิกสมาชิกฟิตเนสของฉันยังไง", "th", 3)).isEmpty();
            assertThat(base.retriever().retrieve("私の携帯電話の解約手数料はいくらですか？", "ja", 3)).isEmpty();
        }
    }

    @Test
    void theSameQuestionsAboutTheHelpCentersOwnSubscriptionAreAnswered() throws IOException {
        write("cancel.en.md", CANCEL_EN);
        write("cancel.ja.md", CANCEL_JA);
        write("cancel.id.md", CANCEL_ID);
        write("cancel.th.md", CANCEL_TH);
        try (KnowledgeBase base = ingest()) {
            for (String[] asked : new String[][]{{"How do I cancel my subscription?", "en"},
                    {"cara batalin langganan saya", "id"}, {"ยกเลิกการสมัครสมาชิกของฉันยังไง", "th"},
                    {"私のサブスクリプションを解約するには？", "ja"}}) {
                List<ScoredPassage> found = base.retriever().retrieve(asked[0], asked[1], 3);

                assertThat(found).as(asked[0]).isNotEmpty();
                assertThat(found.get(0).passage().article()).isEqualTo("cancel");
            }
        }
    }

    @Test
    void anObjectOnlyAnotherLanguagesArticleMentionsIsTheHelpCentersOwn() throws IOException {
        write("cancel.ja.md", CANCEL_JA);
        try (KnowledgeBase base = ingest()) {
            List<ScoredPassage> found = base.retriever()
                    .retrieve("Bagaimana cara membatalkan langganan Quillnote saya?", "id", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().article()).isEqualTo("cancel");
        }
    }

    // Class 5: context words and numbers are not what the answer must contain.

    @Test
    void aTeamOfFivePeopleIsNotMatchedToFiveGigabytes() throws IOException {
        write("plans.en.md", """
                # Plans
                ## Team plan
                The Team plan costs $8 per member per month and adds shared notebooks for the whole team.

                ## Storage
                Every workspace includes 5 GB of storage; attachments count towards it.
                """);
        try (KnowledgeBase base = ingest()) {
            List<ScoredPassage> found = base.retriever()
                    .retrieve("We are a team of 5 people. How much is the Team plan?", "en", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().section()).isEqualTo("Team plan");
        }
    }

    @Test
    void whenTheAskerCancelledIsNotWhatTheAnswerMustSay() throws IOException {
        write("cancel.en.md", CANCEL_EN);
        write("billing.en.md", """
                # Billing dates
                ## Monthly billing
                A monthly plan is charged on the same day every month. In a shorter month, the last day is used.
                """);
        try (KnowledgeBase base = ingest()) {
            List<ScoredPassage> found = base.retriever()
                    .retrieve("I cancelled last month, when will I get my refund?", "en", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().section()).isEqualTo("Refunds");
        }
    }

    @Test
    void thaiFunctionWordsDoNotMakeAThaiArticleAboutSomethingElseTheAnswer() throws IOException {
        write("cancel.en.md", CANCEL_EN);
        write("cancel.ja.md", CANCEL_JA);
        // Shares the question's small words (ไป, แล้ว, ถึง, ด้วย, รอ) and nothing of its topic.
        write("export.th.md", """
                # การส่งออกโน้ต
                เมื่อส่งออกแล้ว ไฟล์จะถูกส่งไปถึงอีเมลของคุณด้วย บางครั้งต้องรอสักครู่กว่าไฟล์จะไปถึง
                """);
        try (KnowledgeBase base = ingest()) {
            List<ScoredPassage> found = base.retriever()
                    .retrieve("ยกเลิกไปแล้ว ต้องรอถึงเมื่อไหร่ถึงจะได้เงินคืนด้วย", "th", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().article()).isEqualTo("cancel");
        }
    }

    // Class 8: the right article in another language over a same-language one on small shared words.

    @Test
    void theRightArticleInAnotherLanguageBeatsASameLanguageArticleSharingOnlySmallWords() throws IOException {
        write("cancel.en.md", CANCEL_EN);
        write("cancel.ja.md", CANCEL_JA);
        write("sharing.ko.md", """
                # 노트 공유
                공유한 노트는 남은 사람들도 언제든지 볼 수 있습니다. 공유를 끝내도 기간 동안 받은 사본은 남습니다.
                """);
        try (KnowledgeBase base = ingest()) {
            List<ScoredPassage> found = base.retriever()
                    .retrieve("연간 요금제를 해지하면 남은 기간의 요금은 언제 돌려받나요?", "ko", 3);

            assertThat(found).isNotEmpty();
            assertThat(found.get(0).passage().article()).isEqualTo("cancel");
        }
    }
}
