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
 * A help center written in Thai names its products in Latin letters ("Pennywise", a fictional budgeting app,
 * written here as a real file): an English question misspelling such a name is read as the name, not as a
 * name the help center never mentions.
 */
class AMisspeltNameWrittenInsideThaiTest {
    @TempDir
    Path folder;

    @Test
    void anEnglishQuestionMisspellingANameOnlyThaiTextWritesIsAnsweredFromThatText() throws IOException {
        Files.writeString(folder.resolve("late-payment.th.md"), """
                # ค่าปรับชำระล่าช้าของ Pennywise
                หากชำระบิล Pennywise ล่าช้าเกิน 7 วัน เราจะเรียกเก็บค่าปรับ 200 บาท
                ค่าปรับจะแสดงในบิลของเดือนถัดไป
                """);
        try (KnowledgeBase base = KnowledgeFixtures.ingestedInMemory(folder)) {
            assertThat(base.retriever().retrieve("does pennywse charge a late fee", "en", 3))
                    .isNotEmpty()
                    .allSatisfy(found -> assertThat(found.passage().article()).isEqualTo("late-payment"));
        }
    }
}
