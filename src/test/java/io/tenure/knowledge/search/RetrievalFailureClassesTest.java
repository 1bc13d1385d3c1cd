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
 * The failure classes of issue 10, each on a small help center written here as real files (a fictional
 * note-taking app, Quillnote), through the real index and retriever.
 */
class RetrievalFailureClassesTest {
    @TempDir
    Path folder;

    private KnowledgeBase helpCenter() throws IOException {
        write("cancel.ko.md", """
                # Quillnote 구독 취소
                Quillnote 구독은 언제든지 설정 페이지에서 취소할 수 있습니다. 취소하면 현재 결제 기간이 끝날 때까지
                노트를 계속 사용할 수 있습니다.

                ## 환불
                연간 요금제를 취소하면 남은 기간의 요금은 14일 안에 카드로 환불됩니다.
                """);
        write("cancel.ja.md", """
                # Quillnote のサブスクリプションの解約
                Quillnote のサブスクリプションは、設定ページからいつでも解約できます。解約しても、現在の請求期間が
                終わるまでノートを使い続けられます。

                ## 返金
                年間プランを解約すると、残りの期間の料金は 14 日以内にカードに返金されます。
                """);
        write("cancel.en.md", """
                # Cancelling your Quillnote subscription
                You can cancel your Quillnote subscription at any time from the Settings page. After cancelling,
                you keep your notes until the end of the current billing period.

                ## Refunds
                When you cancel a yearly plan, the fee for the remaining period is refunded to your card within 14 days.
                """);
        return KnowledgeFixtures.ingestedInMemory(folder);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    @Test
    void aQuestionAboutTheSubscriptionOfSomethingTheHelpCenterNeverMentionsIsHandedOver() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            // Billing words match the articles; the object (a yoga studio, electricity) is nowhere in them.
            assertThat(base.retriever().retrieve("요가학원 구독을 해지하면 환불되나요?", "ko", 3)).isEmpty();
            assertThat(base.retriever().retrieve("電気料金を返金してもらえますか？", "ja", 3)).isEmpty();
        }
    }

    @Test
    void theSameQuestionAboutTheHelpCentersOwnSubscriptionIsAnswered() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            List<ScoredPassage> korean = base.retriever().retrieve("구독을 해지하면 환불되나요?", "ko", 3);
            List<ScoredPassage> japanese = base.retriever().retrieve("年間プランの料金は返金してもらえますか？", "ja", 3);

            assertThat(korean).isNotEmpty();
            assertThat(korean.get(0).passage().language()).isEqualTo("ko");
            assertThat(japanese).isNotEmpty();
            assertThat(japanese.get(0).passage().language()).isEqualTo("ja");
        }
    }

    @Test
    void anAttributeWrittenWithNoIsNotTakenForAnUnknownObject() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            // "長期" is not in the articles, but "長期の" describes the plan rather than naming another thing.
            assertThat(base.retriever().retrieve("長期のプランを解約すると返金されますか？", "ja", 3)).isNotEmpty();
        }
    }

    @Test
    void anUnknownWordAfterOneTheHelpCenterUsesInTheSameCompoundIsItsAttributeNotAnotherThingsBill()
            throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            // "수준" is in no article, but "Quillnote 구독 수준 요금" is the fee of a level of the help center's own
            // subscription; "요가학원 구독" still names another thing's subscription.
            assertThat(base.retriever().retrieve("Quillnote 구독 수준 요금은 환불되나요?", "ko", 3)).isNotEmpty();
            assertThat(base.retriever().retrieve("요가학원 구독 요금은 환불되나요?", "ko", 3)).isEmpty();
        }
    }
}
