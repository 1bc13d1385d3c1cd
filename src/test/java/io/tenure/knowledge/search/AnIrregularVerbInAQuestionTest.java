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
 * An English question written in the past tense ("when we bought") is about buying: the glossary's purchase
 * concept reaches the articles in other languages, so too little of the question is not taken as unknown. An
 * Indonesian and a Korean article of a fictional help center without English articles, written here.
 */
class AnIrregularVerbInAQuestionTest {
    @TempDir
    Path folder;

    @Test
    void aQuestionSayingWhatWasBoughtIsAnsweredFromTheArticleAboutBuying() throws IOException {
        Files.writeString(folder.resolve("order-number.id.md"), """
                # Nomor pesanan pada tagihan
                Jika memasukkan nomor PO ketika membeli langganan, nomor akan muncul pada faktur.
                """);
        Files.writeString(folder.resolve("card-declined.ko.md"), """
                # 카드 결제 거부
                카드 결제가 거부되면 결제 방법을 업데이트하세요.
                """);
        try (KnowledgeBase base = KnowledgeFixtures.ingestedInMemory(folder)) {
            var passages = base.retriever().retrieve("We entered a PO number when we bought, will it show up on the bill?",
                    "en", 3);

            assertThat(passages).isNotEmpty();
            assertThat(passages.get(0).passage().article()).isEqualTo("order-number");
        }
    }
}
