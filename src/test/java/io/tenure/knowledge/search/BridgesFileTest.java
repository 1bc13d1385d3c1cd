package io.tenure.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.KnowledgeBase;
import io.tenure.knowledge.KnowledgeFixtures;
import io.tenure.knowledge.KnowledgeSettings;
import io.tenure.knowledge.ingest.HelpCenterSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one process learns from the index (the lexicon, the katakana skeletons) is kept in
 * {@code <data>/cache} for the next: each {@link KnowledgeFixtures#onDiskWithCache} here is a new process.
 */
class BridgesFileTest {
    private static final KnowledgeSettings SETTINGS = KnowledgeFixtures.settings(5_000_000);
    /** One question per language: the startup benchmark's. */
    private static final Map<String, String> QUESTIONS = Map.of(
            "en", "How do I cancel my subscription?",
            "id", "Bagaimana cara membatalkan langganan saya?",
            "ko", "구독을 어떻게 취소하나요?",
            "ja", "サブスクリプションを解約するには?",
            "th", "ยกเลิกการสมัครสมาชิกได้อย่างไร");

    @TempDir
    Path data;
    @TempDir
    Path folder;

    private Path file() {
        return data.resolve("cache").resolve("help-center-bridges.json");
    }

    /** The bundled demo help center, copied so a test can change it. */
    private void copyDemo() throws IOException {
        Path demo = Path.of("src/main/resources/demo/kb");
        try (var files = Files.list(demo)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    private static KnowledgeBase process(Path data) {
        return KnowledgeFixtures.onDiskWithCache(data, SETTINGS);
    }

    private static Map<String, Map<String, List<Lexicon.Translation>>> everyEntry(Lexicon lexicon) {
        Map<String, Map<String, List<Lexicon.Translation>>> all = new TreeMap<>();
        for (String pair : lexicon.pairs()) {
            String[] languages = pair.split("\\|");
            all.put(pair, lexicon.entries(languages[0], languages[1]));
        }
        return all;
    }

    @Test
    void theNextProcessReadsTheLearnedBridgesAndRanksEveryQuestionAsWhenLearnedAfresh() throws IOException {
        copyDemo();
        try (KnowledgeBase first = process(data)) {
            first.ingest(HelpCenterSource.folder(folder), false);
            first.retriever().lexicon();
        }
        assertThat(file()).exists();
        String written = Files.readString(file());

        try (KnowledgeBase next = process(data)) {
            MultilingualRetriever fromFile = next.retriever();
            MultilingualRetriever afresh = new MultilingualRetriever(next.index(), next.glossary(), SETTINGS.retrieval());

            assertThat(everyEntry(fromFile.lexicon())).isNotEmpty().isEqualTo(everyEntry(afresh.lexicon()));
            QUESTIONS.forEach((language, question) -> assertThat(fromFile.retrieve(question, language, 3))
                    .isNotEmpty().isEqualTo(afresh.retrieve(question, language, 3)));
        }
        // Read, not learned again: the file is as the first process wrote it.
        assertThat(Files.readString(file())).isEqualTo(written);
    }

    @Test
    void aChangedArticleTeachesItsNewWordsToTheNextProcess() throws IOException {
        copyDemo();
        try (KnowledgeBase first = process(data)) {
            first.ingest(HelpCenterSource.folder(folder), false);
            assertThat(first.retriever().lexicon().translate("en", "zephyrcoin", "id")).isEmpty();
        }
        // The English and Indonesian variants of one article gain a section that says the same thing.
        Files.writeString(folder.resolve("refunds.en.md"), """

                ## Zephyrcoins

                Zephyrcoins are not refunded.

                Zephyrcoins expire after one year.
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.writeString(folder.resolve("refunds.id.md"), """

                ## Koinangin

                Koinangin tidak dikembalikan.

                Koinangin kedaluwarsa setelah satu tahun.
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (KnowledgeBase next = process(data)) {
            next.ingest(HelpCenterSource.folder(folder), false);
            String term = next.index().analyzers().terms("en", "Zephyrcoins").get(0);

            assertThat(next.retriever().lexicon().translate("en", term, "id"))
                    .extracting(Lexicon.Translation::term).contains("koinangin");
        }
        try (KnowledgeBase after = process(data)) {
            String term = after.index().analyzers().terms("en", "Zephyrcoins").get(0);

            assertThat(after.retriever().lexicon().translate("en", term, "id"))
                    .extracting(Lexicon.Translation::term).contains("koinangin");
        }
    }

    @Test
    void aCorruptOrMissingFileIsLearnedAgainAndRewritten() throws IOException {
        copyDemo();
        Map<String, Map<String, List<Lexicon.Translation>>> learned;
        try (KnowledgeBase first = process(data)) {
            first.ingest(HelpCenterSource.folder(folder), false);
            learned = everyEntry(first.retriever().lexicon());
        }
        String written = Files.readString(file());

        Files.writeString(file(), "{\"key\": \"half a fi");
        try (KnowledgeBase next = process(data)) {
            assertThat(everyEntry(next.retriever().lexicon())).isEqualTo(learned);
        }
        assertThat(Files.readString(file())).isEqualTo(written);

        Files.delete(file());
        try (KnowledgeBase next = process(data)) {
            assertThat(everyEntry(next.retriever().lexicon())).isEqualTo(learned);
        }
        assertThat(Files.readString(file())).isEqualTo(written);
    }
}
