package io.tenure.knowledge;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import io.tenure.knowledge.index.LanguageAnalyzers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A cross-language glossary of the field's general vocabulary (billing, subscription, cancel, refund,
 * …): concepts, each with its words in several languages. A text is matched against the words of its
 * language after the same analysis the index uses, so "cancelled", "cancellation" and "cancel" meet,
 * as do Korean or Indonesian words with particles and affixes. Retrieval adds a matched concept's
 * words in the other languages to the query, which is how an English question finds an Indonesian
 * passage without a translation model.
 */
public final class Glossary {
    public static final String BUNDLED = "config/glossary.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, Map<String, List<String>>> concepts;
    private final LanguageAnalyzers analyzers;
    /** Per language: each word's analyzed terms and the concept it belongs to. */
    private final Map<String, List<Entry>> entries = new HashMap<>();

    private record Entry(List<String> terms, String concept) {
    }

    public Glossary(Map<String, Map<String, List<String>>> concepts, LanguageAnalyzers analyzers) {
        this.concepts = Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
        this.analyzers = analyzers;
        for (Map.Entry<String, Map<String, List<String>>> concept : concepts.entrySet()) {
            for (Map.Entry<String, List<String>> words : concept.getValue().entrySet()) {
                for (String word : words.getValue()) {
                    List<String> terms = analyzers.terms(words.getKey(), word);
                    if (!terms.isEmpty()) {
                        entries.computeIfAbsent(words.getKey(), k -> new ArrayList<>())
                                .add(new Entry(terms, concept.getKey()));
                    }
                }
            }
        }
    }

    /**
     * The bundled glossary, extended by a user's file when one is given: a concept in the user's file
     * replaces that concept's words for the languages it lists and keeps the others; new concepts add.
     *
     * @param userFile a glossary file on disk, or empty for the bundled one alone
     */
    public static Glossary load(String userFile, LanguageAnalyzers analyzers) {
        Map<String, Map<String, List<String>>> concepts = parse(BUNDLED, ConfigFiles.read(BUNDLED));
        if (userFile != null && !userFile.isBlank()) {
            Path file = Path.of(userFile);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("kb.glossary: file not found: " + userFile);
            }
            for (var concept : parse(userFile, ConfigFiles.read(userFile)).entrySet()) {
                concepts.computeIfAbsent(concept.getKey(), k -> new LinkedHashMap<>()).putAll(concept.getValue());
            }
        }
        return new Glossary(concepts, analyzers);
    }

    static Map<String, Map<String, List<String>>> parse(String name, String yaml) {
        try {
            Map<String, Map<String, Map<String, List<String>>>> root = YAML.readValue(yaml, new TypeReference<>() {
            });
            if (root == null || root.get("concepts") == null) {
                throw new ConfigException(name + ": expected a top-level 'concepts:' mapping");
            }
            Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
            root.get("concepts").forEach((id, words) -> copy.put(id, new LinkedHashMap<>(words == null ? Map.of() : words)));
            return copy;
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            throw new ConfigException(name + ": not a valid glossary (concepts: {id: {lang: [words]}}): "
                    + e.getMessage(), e);
        }
    }

    /** Concept ids, in file order. */
    public Set<String> conceptIds() {
        return concepts.keySet();
    }

    /**
     * The concepts a text mentions: its words are matched in the text's own language and in English,
     * since English product and billing words turn up inside texts of every language.
     */
    public Set<String> concepts(String text, String language) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> languages = new LinkedHashSet<>(List.of(language, "en"));
        for (String lang : languages) {
            List<Entry> candidates = entries.getOrDefault(lang, List.of());
            if (candidates.isEmpty()) {
                continue;
            }
            List<String> terms = analyzers.terms(lang, text);
            for (Entry entry : candidates) {
                if (!found.contains(entry.concept()) && Collections.indexOfSubList(terms, entry.terms()) >= 0) {
                    found.add(entry.concept());
                }
            }
        }
        return found;
    }

    /** A concept's words in one language, as written in the glossary. */
    public List<String> words(String concept, String language) {
        return concepts.getOrDefault(concept, Map.of()).getOrDefault(language, List.of());
    }
}
