package io.tenure.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.TenureCli;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answering reads the index without its write lock, so it works while another Tenure holds that lock. */
class IndexReadWithoutWriterTest {
    @TempDir
    Path data;

    @Test
    void askAnswersWhileAnotherHolderHasTheIndexWriterOnTheSameDataFolder() {
        TenureCli first = new TenureCli();
        assertThat(first.run("--data", data.toString(), "ask", "How do I cancel my subscription?")).as(first.err())
                .isZero();

        // given: another holder (a running chat or serve, mid-ingest) has taken the writer's lock
        try (KnowledgeIndex holder = KnowledgeIndex.open(data.resolve("index"), new LanguageAnalyzers())) {
            holder.replace("nothing/changed.md", List.of());

            // when
            TenureCli second = new TenureCli();
            int code = second.run("--data", data.toString(), "ask", "How do I cancel my subscription?");

            // then
            assertThat(code).as(second.err()).isZero();
            assertThat(second.out()).contains("cancel-subscription");
            assertThat(second.err()).doesNotContain("in use by another");
        }
    }
}
