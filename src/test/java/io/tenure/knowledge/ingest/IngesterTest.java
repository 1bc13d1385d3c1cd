package io.tenure.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.Answer;
import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeFixtures;
import io.tenure.llm.LanguageModel;
import io.tenure.llm.PromptLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    private static final long LIMIT = 20_000;

    @TempDir
    Path data;
    @TempDir
    Path folder;

    private KnowledgeBase base;

    @BeforeEach
    void open() {
        base = KnowledgeFixtures.onDisk(data, KnowledgeFixtures.settings(LIMIT));
    }

    @AfterEach
    void close() {
        base.close();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void writeArticles() throws IOException {
        write("refunds.en.md", """
                # Refunds

                ## Annual plans
                Annual plans are refunded in full within 14 days of payment.

                ## Monthly plans
                Monthly payments are not refunded; access continues until the end of the month.
                """);
        write("refunds.id.md", """
                # Pengembalian dana

                ## Paket tahunan
                Paket tahunan dikembalikan penuh dalam 14 hari setelah pembayaran.
                """);
        write("trial.en.txt", """
                Free trial

                How long it lasts
                The free trial lasts 30 days and needs no credit card.
                """);
    }

    @Test
    void aReingestTouchesOnlyTheFilesThatChanged() throws IOException {
        writeArticles();
        IngestReport first = base.ingest(HelpCenterSource.folder(folder), false);
        assertThat(first.changed()).containsExactlyInAnyOrder("refunds.en.md", "refunds.id.md", "trial.en.txt");

        IngestReport again = base.ingest(HelpCenterSource.folder(folder), false);
        assertThat(again.changed()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.touchedIndex()).isFalse();

        write("trial.en.txt", "Free trial\n\nHow long it lasts\nThe free trial now lasts 45 days.\n");
        Files.delete(folder.resolve("refunds.id.md"));
        IngestReport changed = base.ingest(HelpCenterSource.folder(folder), false);

        assertThat(changed.changed()).containsExactly("trial.en.txt");
        assertThat(changed.removed()).containsExactly("refunds.id.md");
        assertThat(changed.unchanged()).isEqualTo(1);
        Answer answer = helpCenter().answer("How long does the free trial last?");
        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).passage()).contains("45 days").doesNotContain("30 days");
    }

    @Test
    void anIndexAnOlderTenureWroteIsBuiltAgainFromScratchWithItsPassagesTermsStored() throws IOException {
        writeArticles();
        // As the last Tenure without stored terms left it: a ledger of format v1, and a file since deleted.
        base.index().replace("gone.en.md", java.util.List.of(new Passage("gone", "en", "Gone", "Gone", "", "An old article.",
                "gone.en.md", 0)));
        base.index().stageCommitData(java.util.Map.of("tenure.ingest.v1", "[]"));
        base.index().commit();

        IngestReport report = base.ingest(HelpCenterSource.folder(folder), false);

        assertThat(report.changed()).containsExactlyInAnyOrder("refunds.en.md", "refunds.id.md", "trial.en.txt");
        assertThat(base.index().allPassages()).extracting(Passage::path).doesNotContain("gone.en.md");
        var searcher = base.index().acquire();
        try {
            var stored = searcher.getIndexReader().storedFields();
            for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                var document = stored.document(doc);
                Passage passage = io.tenure.knowledge.index.KnowledgeIndex.passage(document);
                assertThat(io.tenure.knowledge.index.KnowledgeIndex.storedTerms(document)).isEqualTo(
                        io.tenure.knowledge.index.KnowledgeIndex.terms(base.index().analyzers(), passage));
            }
        } finally {
            base.index().release(searcher);
        }
        assertThat(base.ingest(HelpCenterSource.folder(folder), false).changed()).isEmpty();
    }

    @Test
    void theLedgerSurvivesARestartSoNothingIsReadAgain() throws IOException {
        writeArticles();
        base.ingest(HelpCenterSource.folder(folder), false);
        base.close();

        base = KnowledgeFixtures.onDisk(data, KnowledgeFixtures.settings(LIMIT));
        IngestReport afterRestart = base.ingest(HelpCenterSource.folder(folder), false);

        assertThat(afterRestart.changed()).isEmpty();
        assertThat(afterRestart.unchanged()).isEqualTo(3);
        assertThat(helpCenter().answer("Are annual plans refunded?").abstained()).isFalse();
    }

    @Test
    void badFilesAreReportedByNameAndSkippedWhileTheRestIngests() throws IOException {
        writeArticles();
        Files.write(folder.resolve("empty.en.txt"), new byte[0]);
        Files.write(folder.resolve("binary.en.txt"), new byte[]{'P', 'K', 3, 4, 0, 0, 0, 1, 2, 0, 'x'});
        byte[] large = new byte[(int) LIMIT + 1];
        Arrays.fill(large, (byte) 'a');
        Files.write(folder.resolve("huge.en.txt"), large);
        Files.write(folder.resolve("latin1.en.txt"), "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));

        IngestReport report = base.ingest(HelpCenterSource.folder(folder), false);

        assertThat(report.rejected()).extracting(IngestReport.Rejected::path)
                .containsExactlyInAnyOrder("empty.en.txt", "binary.en.txt", "huge.en.txt", "latin1.en.txt");
        assertThat(report.rejected()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(report.rejected()).filteredOn(r -> r.path().equals("latin1.en.txt"))
                .singleElement().satisfies(r -> assertThat(r.reason()).contains("UTF-8"));
        assertThat(report.rejected()).filteredOn(r -> r.path().equals("huge.en.txt"))
                .singleElement().satisfies(r -> assertThat(r.reason()).contains("too large"));
        assertThat(report.changed()).containsExactlyInAnyOrder("refunds.en.md", "refunds.id.md", "trial.en.txt");
        assertThat(helpCenter().answer("Are annual plans refunded?").citations())
                .anySatisfy(c -> assertThat(c.article()).isEqualTo("refunds"));
    }

    @Test
    void aFileWithoutLanguageInItsNameGetsItsLanguageDetectedAndVariantsAreGrouped() throws IOException {
        write("cancel.en.md", "# Cancelling\n\n## Steps\nOpen Settings and click Cancel subscription.\n");
        write("cancel.ko.md", "# 구독 취소\n\n## 단계\n설정을 열고 구독 취소를 클릭하세요.\n");
        write("pembatalan.md", "# Pembatalan langganan\n\n## Langkah\nBuka Pengaturan lalu klik Batalkan langganan "
                + "untuk menghentikan penagihan berikutnya.\n");

        base.ingest(HelpCenterSource.folder(folder), false);

        var passages = base.index().allPassages();
        assertThat(passages).filteredOn(p -> p.path().equals("pembatalan.md"))
                .allSatisfy(p -> {
                    assertThat(p.article()).isEqualTo("pembatalan");
                    assertThat(p.language()).isEqualTo("id");
                });
        assertThat(passages).filteredOn(p -> p.article().equals("cancel"))
                .extracting(p -> p.language()).containsExactlyInAnyOrder("en", "ko");
    }

    @Test
    void htmlArticlesKeepTheirHeadingsAsSections() throws IOException {
        write("invoices.en.html", """
                <html><head><title>Invoices</title><script>var tracking = 1;</script></head>
                <body><nav>Home | Billing</nav>
                <h1>Invoices</h1>
                <h2>Downloading an invoice</h2>
                <p>Open <b>Settings &rarr; Billing</b> and click Download next to the invoice you need.</p>
                <ul><li>PDF for accounting</li><li>CSV for spreadsheets</li></ul>
                </body></html>
                """);

        base.ingest(HelpCenterSource.folder(folder), false);

        assertThat(base.index().allPassages()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Invoices");
            assertThat(p.section()).isEqualTo("Downloading an invoice");
            assertThat(p.text()).contains("Settings → Billing").contains("• PDF for accounting")
                    .doesNotContain("tracking").doesNotContain("Home | Billing");
        });
    }

    @Test
    void anotherFolderReplacesTheIndexedOneInsteadOfMixingWithIt() throws IOException {
        writeArticles();
        base.ingest(HelpCenterSource.folder(folder), false);

        IngestReport demo = base.ingest(HelpCenterSource.demo(), false);

        assertThat(base.currentSource()).isEqualTo(HelpCenterSource.DEMO);
        assertThat(base.index().allPassages()).noneMatch(p -> p.article().equals("trial"));
        assertThat(demo.changed()).isNotEmpty();
    }

    private io.tenure.knowledge.HelpCenter helpCenter() {
        return base.helpCenter(LanguageModel.none(), new PromptLibrary("prompts"));
    }
}
