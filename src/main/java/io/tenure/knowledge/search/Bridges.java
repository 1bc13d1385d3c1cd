package io.tenure.knowledge.search;

import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.index.LanguageAnalyzers;
import io.tenure.knowledge.ingest.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;

/**
 * A word's other forms that the help center teaches: its learned translations into another language,
 * the Latin spelling of a Hangul, katakana or Thai word (and back), and the spelling a typo meant.
 * Learned once per index version.
 */
final class Bridges {
    /** Languages written in a script of their own, where a Latin word is a name or a borrowed term. */
    private static final Set<String> NON_LATIN_SCRIPT = Set.of("th", "ko", "ja");
    private static final java.util.regex.Pattern LATIN_WORD = java.util.regex.Pattern.compile("\\p{IsLatin}{5,}");
    private final Lexicon lexicon;
    private final ScriptBridge script;
    private final Spelling spelling;
    private final Set<String> vocabulary;
    /** Per language: the terms its field holds. */
    private final Map<String, Set<String>> byLanguage;
    private final Glossary glossary;
    private final LanguageAnalyzers analyzers;
    private final RetrievalWeights weights;

    private Bridges(Lexicon lexicon, ScriptBridge script, Spelling spelling, Set<String> vocabulary,
                    Map<String, Set<String>> byLanguage, Glossary glossary, LanguageAnalyzers analyzers,
                    RetrievalWeights weights) {
        this.lexicon = lexicon;
        this.script = script;
        this.spelling = spelling;
        this.vocabulary = vocabulary;
        this.byLanguage = byLanguage;
        this.glossary = glossary;
        this.analyzers = analyzers;
        this.weights = weights;
    }

    /**
     * Reads every term of the index version once, and every passage too unless {@code file} holds the
     * lexicon and script bridge learned from this version: the lexicon, the script bridge, spellings.
     *
     * @param file where an earlier process kept what it learned, or null to learn afresh
     */
    static Bridges learn(IndexReader reader, Glossary glossary, LanguageAnalyzers analyzers, RetrievalSettings settings,
                         RetrievalWeights weights, BridgesFile file) {
        try {
            Set<String> terms = new HashSet<>();
            Map<String, Set<String>> byLanguage = new java.util.HashMap<>();
            // Korean, Japanese and Thai spell English words and names in their script; a Latin word the help
            // center writes only in Indonesian text is Indonesian ("pergi", "tinggi"), never what such a word
            // spells, and meeting it by its consonants alone is chance.
            Set<String> spelledLatin = new HashSet<>();
            Spelling spelling = new Spelling(analyzers);
            for (String language : LanguageAnalyzers.fieldLanguages()) {
                org.apache.lucene.index.Terms fieldTerms = org.apache.lucene.index.MultiTerms.getTerms(reader,
                        LanguageAnalyzers.field(language));
                if (fieldTerms == null) {
                    continue;
                }
                var it = fieldTerms.iterator();
                for (var term = it.next(); term != null; term = it.next()) {
                    String text = term.utf8ToString();
                    terms.add(text);
                    byLanguage.computeIfAbsent(language, k -> new HashSet<>()).add(text);
                    if (!"id".equals(language)) {
                        spelledLatin.add(text);
                    }
                    if (LanguageAnalyzers.LANGUAGES.contains(language)) {
                        spelling.add(language, text, text, it.docFreq());
                    }
                    // A Latin word inside Thai, Korean or Japanese text is a name or an English term
                    // ("ActiveCampaign"): a question in Latin letters may misspell it even where no English
                    // or Indonesian passage writes it.
                    if (NON_LATIN_SCRIPT.contains(language) && LATIN_WORD.matcher(text).matches()) {
                        for (String latin : List.of("en", "id")) {
                            spelling.add(latin, text, text, it.docFreq());
                        }
                    }
                }
            }
            for (String language : List.of("en", "id")) {
                glossary.vocabulary(language).forEach((term, word) -> spelling.add(language, term, word, 1));
            }
            String key = file == null ? null : BridgesFile.key(reader, glossary, settings);
            BridgesFile.Learned learned = key == null ? null : file.read(key);
            if (learned == null) {
                Lexicon lexicon = Lexicon.mine(passages(reader), analyzers, settings.lexiconMinScore(),
                        glossary::isFunctionTerm);
                learned = new BridgesFile.Learned(key, lexicon.table(), ScriptBridge.foreign(terms));
                if (key != null) {
                    file.write(learned);
                }
            }
            return new Bridges(Lexicon.of(learned.lexicon()), new ScriptBridge(spelledLatin, learned.foreign()), spelling,
                    terms, byLanguage, glossary, analyzers, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Passage> passages(IndexReader reader) throws IOException {
        List<Passage> all = new ArrayList<>();
        var stored = reader.storedFields();
        var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                all.add(KnowledgeIndex.passage(stored.document(doc)));
            }
        }
        return all;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** Whether any field of the index holds this term. */
    boolean inVocabulary(String term) {
        return vocabulary.contains(term);
    }

    /** The text with typos corrected against the help center's and the glossary's words. */
    String correct(String text, String language) {
        return spelling.correct(joinHyphenated(text), language, term -> vocabulary.contains(term)
                || glossary.isFunctionTerm(language, term) || glossary.vocabulary(language).containsKey(term));
    }

    /** A Latin word written with a hyphen inside ("pro-rated"). */
    private static final java.util.regex.Pattern HYPHENATED =
            java.util.regex.Pattern.compile("(?<![\\p{L}-])(\\p{IsLatin}+)-(\\p{IsLatin}+)(?![\\p{L}-])");

    /**
     * "pro-rated" is one word, "prorated": analyzers cut it at the hyphen, and its first part alone ("pro") would
     * be a name the help center never mentions. Joined only when the whole is a word the help center or the
     * glossary knows and the first part is not.
     */
    private String joinHyphenated(String text) {
        java.util.regex.Matcher hyphenated = HYPHENATED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (hyphenated.find()) {
            String joined = hyphenated.group(1) + hyphenated.group(2);
            String replacement = knownLatinWord(joined) && !knownLatinWord(hyphenated.group(1))
                    ? joined : hyphenated.group();
            hyphenated.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        hyphenated.appendTail(out);
        return out.toString();
    }

    /** Whether the help center (in any language) or the glossary (in English) uses this Latin word. */
    private boolean knownLatinWord(String word) {
        List<String> english = analyzers.terms("en", word);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return vocabulary.contains(lower) || english.size() == 1
                && (vocabulary.contains(english.get(0)) || glossary.vocabulary("en").containsKey(english.get(0)));
    }

    /**
     * A name as the help center writes it in the plural, or in the singular ("CSM", "CSMs"): Latin words inside
     * Korean, Japanese, Thai or Indonesian passages are not stemmed, so the question's form may miss the article's.
     */
    List<String> nameVariants(QuestionUnit unit) {
        if (unit.word == null || !unit.name || !unit.word.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        String lower = unit.word.toLowerCase(java.util.Locale.ROOT);
        List<String> variants = new ArrayList<>();
        for (String other : List.of(lower + "s", lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : "")) {
            if (other.length() > 1 && vocabulary.contains(other)) {
                variants.add(other);
            }
        }
        return variants;
    }

    /**
     * Whether a word may be another script's spelling of a help center word. Katakana, Hangul and Thai spell
     * English words and names: an Indonesian question's own words (not written as names) are not what they
     * spell, and an acronym (PLN, KTX) is read letter by letter, not spelled as a word.
     */
    private static boolean transliterable(QuestionUnit unit) {
        String letters = unit.word.replaceAll("[^\\p{L}]", "");
        boolean latin = !letters.isEmpty() && letters.codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        if (!latin) {
            return true;
        }
        boolean acronym = letters.length() >= 2 && letters.length() <= 4
                && letters.codePoints().allMatch(Character::isUpperCase);
        return !acronym && (unit.name || !"id".equals(unit.language));
    }

    /** A word's bridged forms in a language, each with the share of the word's weight a match counts. */
    Map<List<String>, Double> forms(QuestionUnit unit, String language) {
        Map<List<String>, Double> forms = new LinkedHashMap<>();
        if (unit.word == null) {
            return forms;
        }
        if (!language.equals(unit.language)) {
            for (String term : analyzers.terms(unit.language, unit.word)) {
                for (Lexicon.Translation t : lexicon.translate(unit.language, term, language)) {
                    // A frequent word's translation would make it reachable in every article of that language.
                    if (t.common()) {
                        continue;
                    }
                    forms.putIfAbsent(List.of(t.term()), weights.lexicon() * (t.pivot() ? weights.lexiconPivot() : 1));
                }
            }
        }
        // The same loanword borrowed by two scripts (프리미엄 in a Korean question, พรีเมียม in a Thai article): only
        // where neither the glossary (a concept unit has no word) nor the lexicon says how this language writes it.
        if (!language.equals(unit.language) && forms.isEmpty()) {
            for (String match : script.inOtherScript(unit.word, (int) weights.loanwordMinSyllables(),
                    (int) weights.loanwordMinConsonants())) {
                forms.putIfAbsent(List.of(match), weights.transliteration());
            }
        }
        for (String match : transliterable(unit) ? script.matches(unit.word) : List.<String>of()) {
            forms.putIfAbsent(List.of(match), weights.transliteration());
        }
        return forms;
    }

    /**
     * A concept's forms in a language whose passages use none of the glossary's words for it: the help
     * center says it otherwise (its Thai articles write "การสมัครใช้งาน" for subscription, not the glossary's
     * "การสมัครสมาชิก"). What the lexicon learned for the concept's words in the other languages is then how
     * this help center says it. Each with the share of the concept's weight a match counts; empty when any
     * glossary word of the concept occurs in the language, so a concept the glossary covers is not widened.
     */
    Map<List<String>, Double> conceptForms(String concept, String language) {
        Map<List<String>, Double> forms = new LinkedHashMap<>();
        Set<String> held = byLanguage.getOrDefault(language, Set.of());
        if (held.isEmpty() || !LanguageAnalyzers.LANGUAGES.contains(language)) {
            return forms;
        }
        for (List<String> own : glossary.terms(concept, language)) {
            if (held.containsAll(own)) {
                return forms;
            }
        }
        for (String other : LanguageAnalyzers.LANGUAGES) {
            if (other.equals(language)) {
                continue;
            }
            for (List<String> form : glossary.terms(concept, other)) {
                if (form.size() != 1 || !byLanguage.getOrDefault(other, Set.of()).contains(form.get(0))) {
                    continue;
                }
                for (Lexicon.Translation t : lexicon.translate(other, form.get(0), language)) {
                    if (held.contains(t.term())) {
                        forms.merge(List.of(t.term()), weights.lexicon() * (t.pivot() ? weights.lexiconPivot() : 1),
                                Math::max);
                    }
                }
            }
        }
        return forms;
    }
}
