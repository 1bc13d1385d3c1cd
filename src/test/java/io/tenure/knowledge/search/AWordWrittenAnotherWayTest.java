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
 * A name or a word the help center knows, written another way in the question, is not taken for something the
 * help center never mentions (which would hand the question over): a name in the singular where the articles write
 * it in the plural, a word written with a hyphen, a currency the glossary names. Korean articles of a
 * fictional help center, written here.
 */
class AWordWrittenAnotherWayTest {
    @TempDir
    Path folder;

    private KnowledgeBase helpCenter() throws IOException {
        Files.writeString(folder.resolve("outreach.ko.md"), """
                # 고객 연락 가이드
                SDRs는 매주 새 고객에게 연락합니다. 연락 기록은 CRM에 남깁니다.
                """);
        Files.writeString(folder.resolve("prepaid.ko.md"), """
                # 선불 요금제 환불
                선불 요금제는 구매 후 30일 이내에 취소하면 전액 환불됩니다.
                """);
        return KnowledgeFixtures.ingestedInMemory(folder);
    }

    @Test
    void aNameTheArticlesWriteInThePluralIsKnownInTheSingular() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            var passages = base.retriever().retrieve("How often does an SDR contact new customers?", "en", 3);

            assertThat(passages).isNotEmpty();
            assertThat(passages.get(0).passage().article()).isEqualTo("outreach");
        }
    }

    @Test
    void aWordWrittenWithAHyphenIsReadWhole() throws IOException {
        try (KnowledgeBase base = helpCenter()) {
            // Cut at the hyphen, "pre" in Latin letters inside Korean text would be an unknown name.
            var passages = base.retriever().retrieve("pre-paid 요금제도 환불되나요?", "ko", 3);

            assertThat(passages).isNotEmpty();
            assertThat(passages.get(0).passage().article()).isEqualTo("prepaid");
        }
    }

    @Test
    void aCurrencyTheGlossaryNamesIsNotAnUnknownName() throws IOException {
        Files.writeString(folder.resolve("currency.ko.md"), """
                # 결제 통화 변경
                구독을 구매한 뒤에는 결제 통화를 변경할 수 없습니다.
                """);
        try (KnowledgeBase base = helpCenter()) {
            // No article writes "Rupiah", but a currency is billing vocabulary, not another product.
            var passages = base.retriever().retrieve("결제 통화를 Rupiah로 바꿀 수 있나요?", "ko", 3);

            assertThat(passages).isNotEmpty();
            assertThat(passages.get(0).passage().article()).isEqualTo("currency");
        }
    }
}
