package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Korean, Japanese and Thai each borrow the same English word in their own script (프리미엄, プレミアム, พรีเมียม):
 * a question writing the loanword in one script finds the article writing it in another, with no Latin form in
 * between, while a short native word never meets an unrelated word that happens to share its consonants. The help
 * center is a fictional budgeting app, Pennywise, written here as real files: its premium tier is described only
 * in Thai, its Korean article is about something else.
 */
class OneLoanwordInTwoScriptsTest {
    @TempDir
    Path folder;

    private KnowledgeBase helpCenter() throws IOException {
        write("premium.th.md", """
                # แพ็กพรีเมียมของ Pennywise
                พรีเมียมรวมรายงานขั้นสูง การพยากรณ์งบประมาณ และการส่งออกไปยังสเปรดชีต
                ผู้ใช้พรีเมียมได้รับการสนับสนุนทางอีเมลภายใน 24 ชั่วโมง
                """);
        write("export.ko.md", """
                # Pennywise 내보내기
                설정 페이지에서 거래 내역을 CSV 파일로 내보낼 수 있습니다.
                """);
        return KnowledgeFixtures.ingestedInMemory(folder);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    @Test
    void aKoreanQuestionFindsTheThaiArticleThatSpellsTheSameLoanword() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            // Nothing but 프리미엄 ties the question to the help center; the Thai article writes it พรีเมียม.
            var passages = base.retriever().retrieve("프리미엄에는 무엇이 포함되나요?", "ko", 3);

            assertThat(passages).isNotEmpty();
            assertThat(passages.get(0).passage().article()).isEqualTo("premium");
        }
    }

    @Test
    void aJapaneseQuestionFindsItThroughTheKatakanaSpelling() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            var passages = base.retriever().retrieve("プレミアムには何が含まれますか？", "ja", 3);

            assertThat(passages).isNotEmpty();
            assertThat(passages.get(0).passage().article()).isEqualTo("premium");
        }
    }

    @Test
    void aNativeTwoSyllableWordDoesNotMeetAThaiWordWithTheSameConsonants() {
        // 상태 (state) and สังเกต (to notice) both read s-n-k-t; 프리미엄 and พรีเมียม both read p-l-m-m.
        ScriptBridge bridge = new ScriptBridge(Set.of("สังเกต", "พรีเมียม"));

        assertThat(bridge.inOtherScript("상태", 3, 4)).isEmpty();
        assertThat(bridge.inOtherScript("프리미엄", 3, 4)).containsExactly("พรีเมียม");
    }
}
