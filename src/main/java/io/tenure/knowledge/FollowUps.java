package io.tenure.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import io.tenure.knowledge.index.LanguageAnalyzers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a message of a conversation without a model: a follow-up of the topic before it ("and for the
 * annual plan?" after a refund question), searched with the topic's concepts carried into it, or a new
 * topic. The rule and its words are data ({@code config/follow-ups.yaml}): a follow-up names no topic
 * concept of its own and is short, or starts or ends like a follow-up in its language. It works on the
 * glossary's concepts, so it holds in every language the glossary has words for.
 */
public final class FollowUps {
    public static final String BUNDLED = "config/follow-ups.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Final punctuation and spaces, which say nothing about how a message starts or ends. */
    private static final String EDGE = "[\\s\\p{Punct}？！。、「」…]+";

    private final Glossary glossary;
    private final LanguageAnalyzers analyzers;
    private final Set<String> qualifiers;
    private final int maxOtherWords;
    private final int maxOtherWordsAfterMarker;
    private final Map<String, Markers> languages;
    private final Map<String, Set<String>> fillerTerms = new HashMap<>();

    /** How a message is read, and what is searched for it. */
    public record Reading(String searched, Topic topic, boolean followUp) {
    }

    record Markers(List<String> starts, List<String> ends, List<String> filler) {
        Markers {
            starts = starts == null ? List.of() : starts;
            ends = ends == null ? List.of() : ends;
            filler = filler == null ? List.of() : filler;
        }
    }

    record File(List<String> qualifiers,
                @JsonProperty("max_other_words") Integer maxOtherWords,
                @JsonProperty("max_other_words_after_marker") Integer maxOtherWordsAfterMarker,
                Map<String, Markers> languages) {
    }

    FollowUps(Glossary glossary, LanguageAnalyzers analyzers, File file) {
        this.glossary = glossary;
        this.analyzers = analyzers;
        this.qualifiers = Set.copyOf(file.qualifiers() == null ? List.of() : file.qualifiers());
        this.maxOtherWords = file.maxOtherWords() == null ? 1 : file.maxOtherWords();
        this.maxOtherWordsAfterMarker = file.maxOtherWordsAfterMarker() == null ? 3 : file.maxOtherWordsAfterMarker();
        this.languages = file.languages() == null ? Map.of() : Map.copyOf(file.languages());
        this.languages.forEach((language, markers) -> {
            Set<String> terms = new HashSet<>();
            List<String> words = new ArrayList<>(markers.filler());
            words.addAll(markers.starts());
            words.addAll(markers.ends());
            for (String word : words) {
                terms.addAll(analyzers.wordTerms(language, word));
            }
            fillerTerms.put(language, Set.copyOf(terms));
        });
    }

    /** The bundled rules ({@value #BUNDLED}), checked against the glossary's concepts. */
    public static FollowUps load(Glossary glossary, LanguageAnalyzers analyzers) {
        File file;
        try {
            file = YAML.readValue(ConfigFiles.read(BUNDLED), File.class);
        } catch (Exception e) {
            throw new ConfigException(BUNDLED + ": not valid (qualifiers: [concepts], max_other_words: N, "
                    + "max_other_words_after_marker: N, languages: {lang: {starts, ends, filler}}): " + e.getMessage(), e);
        }
        if (file.qualifiers() != null) {
            for (String concept : file.qualifiers()) {
                if (!glossary.conceptIds().contains(concept)) {
                    throw new ConfigException(BUNDLED + ": qualifier '" + concept + "' is not a glossary concept");
                }
            }
        }
        return new FollowUps(glossary, analyzers, file);
    }

    /**
     * @param language the message's language
     * @param earlier the conversation's topic before this message ({@link Topic#NONE} when it starts one)
     */
    public Reading read(String text, String language, Topic earlier) {
        List<Glossary.Mention> mentions = glossary.mentions(text, language);
        Set<String> own = new LinkedHashSet<>();
        for (Glossary.Mention mention : mentions) {
            // One stretch may mention several concepts ("paket": plan, and the plan of smaller_plan): when
            // one of them only qualifies, so does the stretch.
            boolean qualifies = mentions.stream().anyMatch(other -> other.start() == mention.start()
                    && other.end() == mention.end() && qualifiers.contains(other.concept()));
            if (!qualifies) {
                own.add(mention.concept());
            }
        }
        if (earlier.isEmpty() || !own.isEmpty()) {
            // A topic of its own: the message stands alone, and its topic is the conversation's now.
            return new Reading(text, new Topic(List.copyOf(own), text), false);
        }
        int allowed = hasMarker(text, language) ? maxOtherWordsAfterMarker : maxOtherWords;
        if (otherWords(text, language, mentions) > allowed) {
            return new Reading(text, new Topic(List.copyOf(own), text), false);
        }
        StringBuilder searched = new StringBuilder();
        for (String concept : earlier.concepts()) {
            searched.append(word(concept, language)).append(' ');
        }
        return new Reading(searched.append(text).toString(), earlier, true);
    }

    /** The concept's first word in the language, or in English when the glossary has none there. */
    private String word(String concept, String language) {
        List<String> words = glossary.words(concept, language);
        if (words.isEmpty()) {
            words = glossary.words(concept, "en");
        }
        return words.isEmpty() ? concept : words.get(0);
    }

    private boolean hasMarker(String text, String language) {
        Markers markers = languages.get(language);
        if (markers == null) {
            return false;
        }
        String bare = text.toLowerCase(Locale.ROOT).replaceAll("^" + EDGE, "").replaceAll(EDGE + "$", "");
        boolean spaced = !Set.of("ko", "ja", "th").contains(language);
        for (String start : markers.starts()) {
            String marker = start.toLowerCase(Locale.ROOT);
            if (bare.startsWith(marker) && (!spaced || bare.length() == marker.length()
                    || !Character.isLetterOrDigit(bare.charAt(marker.length())))) {
                return true;
            }
        }
        for (String end : markers.ends()) {
            String marker = end.toLowerCase(Locale.ROOT);
            if (bare.endsWith(marker) && bare.length() > marker.length() && (!spaced
                    || !Character.isLetterOrDigit(bare.charAt(bare.length() - marker.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Words of the message outside glossary concepts, function words and follow-up filler. */
    private int otherWords(String text, String language, List<Glossary.Mention> mentions) {
        List<Glossary.Mention> covered = new ArrayList<>(mentions);
        covered.addAll(glossary.functionWords(text, language));
        Set<String> filler = fillerTerms.getOrDefault(language, Set.of());
        int count = 0;
        for (LanguageAnalyzers.Token token : analyzers.tokens(language, text)) {
            boolean inside = covered.stream().anyMatch(m -> m.start() <= token.start() && token.end() <= m.end());
            if (!inside && !filler.contains(token.term()) && !glossary.isFunctionTerm(language, token.term())) {
                count++;
            }
        }
        return count;
    }
}
