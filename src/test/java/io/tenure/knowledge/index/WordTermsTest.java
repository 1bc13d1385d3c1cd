package io.tenure.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.knowledge.Glossary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terms of configuration words, kept in {@code <data>/cache/word-terms.json} between processes. */
class WordTermsTest {
    @TempDir
    Path cache;

    private Path file() {
        return cache.resolve("word-terms.json");
    }

    /** Counts the words the real analyzers are asked about. */
    private static final class Counting implements BiFunction<String, String, List<String>> {
        private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public List<String> apply(String language, String word) {
            asked.incrementAndGet();
            return analyzers.terms(language, word);
        }
    }

    @Test
    void theNextProcessReadsAWordsTermsFromTheFileWithoutAnalysingIt() {
        Counting first = new Counting();
        WordTerms written = new WordTerms(file());
        List<String> korean = written.terms("ko", "구독 취소", first);
        written.terms("en", "cancellations", first);
        written.save();

        Counting next = new Counting();
        WordTerms read = new WordTerms(file());

        assertThat(read.terms("ko", "구독 취소", next)).isEqualTo(korean).isNotEmpty();
        assertThat(read.terms("en", "cancellations", next)).isEqualTo(new LanguageAnalyzers().terms("en", "cancellations"));
        assertThat(next.asked).hasValue(0);
        assertThat(first.asked).hasValue(2);
    }

    @Test
    void aWordTheFileDoesNotHoldIsAnalysedAndAddedForTheProcessAfter() {
        WordTerms first = new WordTerms(file());
        first.terms("en", "refund", new Counting());
        first.save();

        Counting next = new Counting();
        WordTerms second = new WordTerms(file());
        second.terms("en", "refund", next);
        second.terms("id", "pengembalian dana", next);
        second.save();
        Counting after = new Counting();
        WordTerms third = new WordTerms(file());
        third.terms("en", "refund", after);
        third.terms("id", "pengembalian dana", after);

        assertThat(next.asked).hasValue(1);
        assertThat(after.asked).hasValue(0);
    }

    @Test
    void aCorruptFileOrOneOfAnotherAnalysisIsIgnoredAndRewritten() throws IOException {
        Files.writeString(file(), "{\"analysis\": \"" + WordTerms.ANALYSIS + "\", \"terms\": {\"en\": {\"refund\": [\"wro");
        Counting corrupt = new Counting();
        WordTerms afterCorrupt = new WordTerms(file());
        assertThat(afterCorrupt.terms("en", "refund", corrupt)).isEqualTo(List.of("refund"));
        afterCorrupt.save();
        assertThat(corrupt.asked).hasValue(1);
        assertThat(Files.readString(file())).contains(WordTerms.ANALYSIS);

        Files.writeString(file(), "{\"analysis\": \"another build\", \"terms\": {\"en\": {\"refund\": [\"wrong\"]}}}");
        Counting other = new Counting();
        assertThat(new WordTerms(file()).terms("en", "refund", other)).isEqualTo(List.of("refund"));
        assertThat(other.asked).hasValue(1);
    }

    @Test
    void aGlossaryEditedSinceTheFileWasWrittenFindsItsNewWords() {
        Map<String, Map<String, List<String>>> before = Map.of("refund", Map.of("en", List.of("refund"),
                "ko", List.of("환불")));
        LanguageAnalyzers first = new LanguageAnalyzers(file());
        new Glossary(before, first);
        first.rememberWordTerms();

        Map<String, Map<String, List<String>>> edited = Map.of("refund", Map.of("en", List.of("refund", "money back"),
                "ko", List.of("환불", "환급")));
        LanguageAnalyzers next = new LanguageAnalyzers(file());
        Glossary glossary = new Glossary(edited, next);

        assertThat(glossary.concepts("I want my money back", "en")).containsExactly("refund");
        assertThat(glossary.concepts("환급 받을 수 있나요", "ko")).containsExactly("refund");
        assertThat(glossary.terms("refund", "ko")).isEqualTo(new Glossary(edited, new LanguageAnalyzers())
                .terms("refund", "ko"));
    }
}
