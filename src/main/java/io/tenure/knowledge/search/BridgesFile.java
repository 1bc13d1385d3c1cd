package io.tenure.knowledge.search;

import com.fasterxml.jackson.core.type.TypeReference;
import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.index.CacheFile;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.index.LanguageAnalyzers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;

/**
 * What {@link Bridges} learn from one index version and cost most to learn, kept in a file for the next
 * process: the lexicon (read from every passage, analysed line by line in every language) and the Latin
 * skeletons of the Hangul, katakana and Thai terms (ICU transliteration). Kept under a key naming the index version, the
 * glossary, the lexicon's threshold and the analyzers, so any change to one of them learns afresh.
 */
final class BridgesFile {
    /** Bump when what is kept, or how it is learned, changes. */
    private static final int FORMAT = 2;

    private final CacheFile<Learned> file;

    /** What is kept, under the key it was learned for. */
    record Learned(String key, Map<String, Map<String, List<Lexicon.Translation>>> lexicon,
                   Map<String, List<String>> foreign) {
    }

    BridgesFile(Path file) {
        this.file = new CacheFile<>(file, new TypeReference<Learned>() { });
    }

    /** The key of what the reader's index version teaches with this glossary; null: not one index commit. */
    static String key(IndexReader reader, Glossary glossary, RetrievalSettings settings) {
        String version = KnowledgeIndex.version(reader);
        return version == null ? null : "format " + FORMAT + "; index " + version + "; glossary " + glossary.fingerprint()
                + "; lexicon_min_score " + settings.lexiconMinScore() + "; analysis " + LanguageAnalyzers.analysis();
    }

    /** What was learned under this key, or null (none, another key, or a file that cannot be read). */
    Learned read(String key) {
        Learned learned = file.read();
        return learned != null && key.equals(learned.key()) && learned.lexicon() != null && learned.foreign() != null
                ? learned : null;
    }

    void write(Learned learned) {
        file.write(learned);
    }
}
