package io.tenure.knowledge.index;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The terms that configuration words (the glossary's, the follow-up markers') become, remembered in a file
 * between processes. Every process reads thousands of such words in all five languages; analysing them
 * loads the Korean, Japanese and Thai dictionaries (about a second of CPU), even for an English question.
 * A word is looked up by its language and exact text, so the file is right for any glossary: a word it
 * does not hold (a glossary edited since) is analysed and added. The file names the analysis it was made
 * with ({@link #ANALYSIS}); a file of another analysis, or one that cannot be read, is ignored and rewritten.
 */
final class WordTerms {
    /**
     * What the analyzers are: Lucene's version and the bytes of the classes that put them together, so any
     * change to an analyzer (a stop list, a filter) makes remembered terms void.
     */
    static final String ANALYSIS = analysisVersion();

    private final CacheFile<Stored> file;
    /** By language, then word: what the file held, and what this process analysed since. */
    private final Map<String, Map<String, List<String>>> known = new ConcurrentHashMap<>();
    private volatile boolean learned;

    record Stored(String analysis, Map<String, Map<String, List<String>>> terms) {
    }

    /** @param file where the terms are kept; null: in this process only */
    WordTerms(Path file) {
        this.file = file == null ? null : new CacheFile<>(file, new TypeReference<Stored>() { });
        Stored stored = this.file == null ? null : this.file.read();
        // Terms of another analysis are void: the words are analysed again and the file rewritten.
        if (stored != null && ANALYSIS.equals(stored.analysis()) && stored.terms() != null) {
            stored.terms().forEach((language, words) -> known.put(language, new ConcurrentHashMap<>(words)));
        }
    }

    /** The word's terms, from the file or else from {@code analyze}, which is then remembered. */
    List<String> terms(String language, String word, BiFunction<String, String, List<String>> analyze) {
        Map<String, List<String>> words = known.computeIfAbsent(language, k -> new ConcurrentHashMap<>());
        List<String> terms = words.get(word);
        if (terms == null) {
            terms = List.copyOf(analyze.apply(language, word));
            words.put(word, terms);
            learned = true;
        }
        return terms;
    }

    /** Writes the file when words were analysed since it was read. */
    void save() {
        if (file == null || !learned) {
            return;
        }
        learned = false;
        Map<String, Map<String, List<String>>> sorted = new TreeMap<>();
        known.forEach((language, words) -> sorted.put(language, new TreeMap<>(words)));
        file.write(new Stored(ANALYSIS, sorted));
    }

    private static String analysisVersion() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(org.apache.lucene.util.Version.LATEST.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(com.ibm.icu.util.VersionInfo.ICU_VERSION.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(IrregularForms.TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Class<?> part : List.of(LanguageAnalyzers.class, LanguageAnalyzers.IcuAnalyzer.class,
                    LanguageAnalyzers.EnglishWords.class, IrregularForms.class, IrregularForms.Filter.class)) {
                try (InputStream bytes = part.getResourceAsStream("/" + part.getName().replace('.', '/') + ".class")) {
                    // Never the case in a build; without the bytes nothing remembered can be trusted.
                    digest.update(bytes != null ? bytes.readAllBytes()
                            : java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
