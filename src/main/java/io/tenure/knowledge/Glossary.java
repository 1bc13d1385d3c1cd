package io.tenure.knowledge;

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
    private final Map<String, List<Entry>> functionWords = new HashMap<>();
    private final Map<String, List<Entry>> quantityWords = new HashMap<>();
    /**
     * The quantity words as written: an analyzer may drop one as a stop word (the Indonesian analyzer
     * drops "berapa"), so they are also looked for in the text itself.
     */
    private final Map<String, List<java.util.regex.Pattern>> quantityWordsAsWritten = new HashMap<>();
    private final Map<String, List<Entry>> contextWords = new HashMap<>();
    private final Map<String, List<java.util.regex.Pattern>> possessiveWords = new HashMap<>();
    private final List<String> currencyWords;
    private final AnswerKinds answerKinds;
    private final Map<String, List<List<String>>> analyzed = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param bound the word as written when its analysis loses part of it ("sign in" is [sign], 사용권
     *              "licence" is [사용] "use", 비영리 "non-profit" is [영리] "profit"): the terms alone are
     *              another word, so the word must be written in the text too; null when the terms say it
     */
    private record Entry(List<String> terms, String concept, String bound) {
        Entry(List<String> terms, String concept) {
            this(terms, concept, null);
        }
    }

    /** Names this glossary's content: what was learned with one glossary is void for another. */
    private final String fingerprint;

    public String fingerprint() {
        return fingerprint;
    }

    /** Per language, every word the glossary writes (concept, function and quantity words, in lower case). */
    private final Map<String, Set<String>> writtenWords = new HashMap<>();

    /** The words the glossary writes in a language, one by one and in lower case, as written (not analysed). */
    public Set<String> writtenWords(String language) {
        return Set.copyOf(writtenWords.getOrDefault(language, Set.of()));
    }

    private static String fingerprint(String content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Glossary(Map<String, Map<String, List<String>>> concepts, LanguageAnalyzers analyzers) {
        this(concepts, Map.of(), analyzers);
    }

    /**
     * @param functionWords per language, words that carry no topic in a question (interrogatives,
     *                      pronouns, auxiliaries, particles): they never count as evidence
     */
    public Glossary(Map<String, Map<String, List<String>>> concepts, Map<String, List<String>> functionWords,
                    LanguageAnalyzers analyzers) {
        this(concepts, functionWords, Map.of(), analyzers);
    }

    /**
     * @param quantityWords per language, words that ask for an amount (how much, berapa, 얼마, いくら,
     *                      เท่าไหร่): the answer to such a question is a number
     */
    public Glossary(Map<String, Map<String, List<String>>> concepts, Map<String, List<String>> functionWords,
                    Map<String, List<String>> quantityWords, LanguageAnalyzers analyzers) {
        this(concepts, functionWords, quantityWords, List.of(), analyzers);
    }

    /** @param currencyWords names of currencies written after an amount ("5,000 ดอลลาร์") */
    public Glossary(Map<String, Map<String, List<String>>> concepts, Map<String, List<String>> functionWords,
                    Map<String, List<String>> quantityWords, List<String> currencyWords, LanguageAnalyzers analyzers) {
        this(concepts, functionWords, quantityWords, currencyWords, Map.of(), analyzers);
    }

    /**
     * @param contextWords per language, phrases that set the question's time ("last month", "bulan lalu",
     *                     지난달, 先月): context of the asking, not what the answer must contain
     */
    public Glossary(Map<String, Map<String, List<String>>> concepts, Map<String, List<String>> functionWords,
                    Map<String, List<String>> quantityWords, List<String> currencyWords,
                    Map<String, List<String>> contextWords, LanguageAnalyzers analyzers) {
        this(concepts, functionWords, quantityWords, currencyWords, contextWords, Map.of(), analyzers);
    }

    /**
     * @param possessiveWords per language, the words that make what they stand by the asker's own (my,
     *                        saya, ของฉัน, 내, 私の): that thing is the question's object
     */
    public Glossary(Map<String, Map<String, List<String>>> concepts, Map<String, List<String>> functionWords,
                    Map<String, List<String>> quantityWords, List<String> currencyWords,
                    Map<String, List<String>> contextWords, Map<String, List<String>> possessiveWords,
                    LanguageAnalyzers analyzers) {
        this(concepts, functionWords, quantityWords, currencyWords, contextWords, possessiveWords, Map.of(), analyzers);
    }

    /**
     * @param answerKinds per kind of answer (time, frequency, place, role): the words asking for it
     *                    and the words its answer is written with ({@link AnswerKinds})
     */
    public Glossary(Map<String, Map<String, List<String>>> concepts, Map<String, List<String>> functionWords,
                    Map<String, List<String>> quantityWords, List<String> currencyWords,
                    Map<String, List<String>> contextWords, Map<String, List<String>> possessiveWords,
                    Map<String, Map<String, Map<String, List<String>>>> answerKinds, LanguageAnalyzers analyzers) {
        possessiveWords.forEach((language, words) -> {
            for (String word : words) {
                this.possessiveWords.computeIfAbsent(language, k -> new ArrayList<>()).add(asWritten(word, true));
            }
        });
        this.fingerprint = fingerprint(concepts + "\n" + functionWords + "\n" + quantityWords + "\n" + currencyWords
                + "\n" + contextWords + (answerKinds.isEmpty() ? "" : "\n" + answerKinds));
        this.answerKinds = new AnswerKinds(answerKinds);
        List<Map<String, List<String>>> written = new ArrayList<>(concepts.values());
        written.add(functionWords);
        Map<String, List<String>> quantityAsWritten = new HashMap<>();
        quantityWords.forEach((language, words) -> quantityAsWritten.put(language,
                words.stream().map(Glossary::withoutCounter).toList()));
        written.add(quantityAsWritten);
        for (Map<String, List<String>> byLanguage : written) {
            byLanguage.forEach((language, list) -> list.forEach(word -> writtenWords.computeIfAbsent(language,
                    k -> new java.util.HashSet<>()).addAll(List.of(word.toLowerCase(java.util.Locale.ROOT).split("\\s+")))));
        }
        contextWords.forEach((language, words) -> {
            for (String word : words) {
                List<String> terms = analyzers.wordTerms(language, word);
                if (!terms.isEmpty()) {
                    this.contextWords.computeIfAbsent(language, k -> new ArrayList<>())
                            .add(new Entry(terms, "", losesPart(language, word, terms) ? written(word) : null));
                }
            }
        });
        this.currencyWords = List.copyOf(new LinkedHashSet<>(currencyWords));
        quantityWords.forEach((language, words) -> {
            for (String word : words) {
                if (!withoutCounter(word).equals(word)) {
                    // "何" asks for an amount only with a counter after it ("何ステップ", "何件", "何%"); alone
                    // it asks "what" ("何と入力する"), so it is looked for as written, never by its term.
                    this.quantityWordsAsWritten.computeIfAbsent(language, k -> new ArrayList<>())
                            .add(beforeCounter(withoutCounter(word)));
                    continue;
                }
                // Between letters only where words are spaced: "กี่" and "何日" stand inside a word.
                this.quantityWordsAsWritten.computeIfAbsent(language, k -> new ArrayList<>()).add(asWritten(word, false));
                List<String> terms = analyzers.wordTerms(language, word);
                if (!terms.isEmpty()) {
                    this.quantityWords.computeIfAbsent(language, k -> new ArrayList<>()).add(new Entry(terms, ""));
                }
            }
        });
        this.concepts = Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
        this.analyzers = analyzers;
        functionWords.forEach((language, words) -> {
            for (String word : words) {
                List<String> terms = analyzers.wordTerms(language, word);
                if (!terms.isEmpty()) {
                    this.functionWords.computeIfAbsent(language, k -> new ArrayList<>()).add(new Entry(terms, ""));
                }
            }
        });
        for (Map.Entry<String, Map<String, List<String>>> concept : concepts.entrySet()) {
            for (Map.Entry<String, List<String>> words : concept.getValue().entrySet()) {
                for (String word : words.getValue()) {
                    List<String> terms = analyzers.wordTerms(words.getKey(), word);
                    if (!terms.isEmpty()) {
                        entries.computeIfAbsent(words.getKey(), k -> new ArrayList<>()).add(new Entry(terms,
                                concept.getKey(), losesPart(words.getKey(), word, terms) ? written(word) : null));
                    }
                }
            }
        }
        // Every word the glossary will analyse, analysed now: the analyzers remember configuration words
        // between processes (LanguageAnalyzers.wordTerms) when told to after the glossary is built.
        for (String concept : concepts.keySet()) {
            for (String language : LanguageAnalyzers.fieldLanguages()) {
                terms(concept, language);
            }
        }
        LanguageAnalyzers.LANGUAGES.forEach(this::vocabulary);
    }

    /**
     * The bundled glossary, extended by a user's file when one is given: a concept in the user's file
     * replaces that concept's words for the languages it lists and keeps the others; new concepts add.
     *
     * @param userFile a glossary file on disk, or empty for the bundled one alone
     */
    public static Glossary load(String userFile, LanguageAnalyzers analyzers) {
        Parsed bundled = parse(BUNDLED, ConfigFiles.read(BUNDLED));
        if (userFile != null && !userFile.isBlank()) {
            Path file = Path.of(userFile);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("kb.glossary: file not found: " + userFile);
            }
            Parsed user = parse(userFile, ConfigFiles.read(userFile));
            for (var concept : user.concepts().entrySet()) {
                bundled.concepts().computeIfAbsent(concept.getKey(), k -> new LinkedHashMap<>())
                        .putAll(concept.getValue());
            }
            user.functionWords().forEach((language, words) -> bundled.functionWords()
                    .computeIfAbsent(language, k -> new ArrayList<>()).addAll(words));
            user.quantityWords().forEach((language, words) -> bundled.quantityWords()
                    .computeIfAbsent(language, k -> new ArrayList<>()).addAll(words));
            user.contextWords().forEach((language, words) -> bundled.contextWords()
                    .computeIfAbsent(language, k -> new ArrayList<>()).addAll(words));
            user.possessiveWords().forEach((language, words) -> bundled.possessiveWords()
                    .computeIfAbsent(language, k -> new ArrayList<>()).addAll(words));
            bundled.currencyWords().addAll(user.currencyWords());
            user.answerKinds().forEach((kind, parts) -> parts.forEach((part, byLanguage) -> byLanguage.forEach(
                    (language, words) -> bundled.answerKinds().computeIfAbsent(kind, k -> new LinkedHashMap<>())
                            .computeIfAbsent(part, k -> new LinkedHashMap<>())
                            .computeIfAbsent(language, k -> new ArrayList<>()).addAll(words))));
        }
        return new Glossary(bundled.concepts(), bundled.functionWords(), bundled.quantityWords(),
                bundled.currencyWords(), bundled.contextWords(), bundled.possessiveWords(), bundled.answerKinds(),
                analyzers);
    }

    /** What questions ask for besides an amount, and how passages answering them are written. */
    public AnswerKinds answerKinds() {
        return answerKinds;
    }

    /** Names of currencies written after an amount ("63,000 เหรียญ", "5,000 ดอลลาร์"); signs need none. */
    public List<String> currencyWords() {
        return currencyWords;
    }

    record Parsed(Map<String, Map<String, List<String>>> concepts, Map<String, List<String>> functionWords,
                  Map<String, List<String>> quantityWords, List<String> currencyWords,
                  Map<String, List<String>> contextWords, Map<String, List<String>> possessiveWords,
                  Map<String, Map<String, Map<String, List<String>>>> answerKinds) {
    }

    private record File(Map<String, Map<String, List<String>>> concepts,
                        @com.fasterxml.jackson.annotation.JsonProperty("function_words")
                        Map<String, List<String>> functionWords,
                        @com.fasterxml.jackson.annotation.JsonProperty("quantity_words")
                        Map<String, List<String>> quantityWords,
                        @com.fasterxml.jackson.annotation.JsonProperty("currency_words")
                        List<String> currencyWords,
                        @com.fasterxml.jackson.annotation.JsonProperty("context_words")
                        Map<String, List<String>> contextWords,
                        @com.fasterxml.jackson.annotation.JsonProperty("possessive_words")
                        Map<String, List<String>> possessiveWords,
                        @com.fasterxml.jackson.annotation.JsonProperty("answer_kinds")
                        Map<String, Map<String, Map<String, List<String>>>> answerKinds) {
    }

    static Parsed parse(String name, String yaml) {
        try {
            File file = YAML.readValue(yaml, File.class);
            if (file == null || file.concepts() == null) {
                throw new ConfigException(name + ": expected a top-level 'concepts:' mapping");
            }
            Map<String, Map<String, List<String>>> concepts = new LinkedHashMap<>();
            file.concepts().forEach((id, words) -> concepts.put(id, new LinkedHashMap<>(words == null ? Map.of() : words)));
            return new Parsed(concepts, byLanguage(file.functionWords()), byLanguage(file.quantityWords()),
                    new ArrayList<>(file.currencyWords() == null ? List.of() : file.currencyWords()),
                    byLanguage(file.contextWords()), byLanguage(file.possessiveWords()),
                    answerKinds(file.answerKinds()));
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            throw new ConfigException(name + ": not a valid glossary (concepts: {id: {lang: [words]}}, "
                    + "function_words: {lang: [words]}, quantity_words: {lang: [words]}): " + e.getMessage(), e);
        }
    }

    private static Map<String, Map<String, Map<String, List<String>>>> answerKinds(
            Map<String, Map<String, Map<String, List<String>>>> kinds) {
        Map<String, Map<String, Map<String, List<String>>>> copy = new LinkedHashMap<>();
        if (kinds != null) {
            kinds.forEach((kind, parts) -> {
                Map<String, Map<String, List<String>>> partsCopy = new LinkedHashMap<>();
                if (parts != null) {
                    parts.forEach((part, words) -> partsCopy.put(part, byLanguage(words)));
                }
                copy.put(kind, partsCopy);
            });
        }
        return copy;
    }

    private static Map<String, List<String>> byLanguage(Map<String, List<String>> words) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (words != null) {
            words.forEach((lang, list) -> copy.put(lang, new ArrayList<>(list == null ? List.of() : list)));
        }
        return copy;
    }

    /** Concept ids, in file order. */
    public Set<String> conceptIds() {
        return concepts.keySet();
    }

    /**
     * Where a text mentions a concept.
     *
     * @param start character offset of the first word in the text
     * @param end character offset after the last word
     */
    public record Mention(String concept, int start, int end) {
        public boolean overlaps(Mention other) {
            return start < other.end && other.start < end;
        }
    }

    /**
     * The concepts a text mentions: its words are matched in the text's own language and in English,
     * since English product and billing words turn up inside texts of every language.
     */
    public Set<String> concepts(String text, String language) {
        Set<String> found = new LinkedHashSet<>();
        mentions(text, language).forEach(m -> found.add(m.concept()));
        return found;
    }

    /** Every mention of a concept in the text, in text order (one word may mention several concepts). */
    public List<Mention> mentions(String text, String language) {
        return find(entries, text, language);
    }

    /**
     * Where the text has function words (how, what, where, please…), as mentions with an empty
     * concept: they say nothing about what the question is about.
     */
    /** The words of the text that ask for an amount (how much, berapa, กี่): interrogatives, not topics. */
    public List<Mention> quantityWords(String text, String language) {
        return find(quantityWords, text, language);
    }

    public List<Mention> functionWords(String text, String language) {
        return find(functionWords, text, language);
    }

    /**
     * Where the text sets the time of the asking ("last month", "bulan lalu", 지난달): context, not a topic
     * the answer must hold, so neither the words nor a concept inside them ("month") count as evidence.
     */
    public List<Mention> contextWords(String text, String language) {
        return find(contextWords, text, language);
    }

    /**
     * A word looked for as written, lower case; between letters only where words are spaced: "กี่" and
     * "何日" stand inside a word, "my" must not be found in "mystery".
     *
     * @param wholeHangul whether a Korean word must stand alone too: a possessive 내 is not the 내 of 내용,
     *                    while a quantity word 얼마 is the start of 얼마나
     */
    private static java.util.regex.Pattern asWritten(String word, boolean wholeHangul) {
        String quoted = java.util.regex.Pattern.quote(word.toLowerCase(java.util.Locale.ROOT));
        boolean spaced = word.codePoints().allMatch(c -> c < 0x250 || c == ' '
                || wholeHangul && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
        return java.util.regex.Pattern.compile(spaced ? "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])" : quoted);
    }

    /** How a quantity word that asks only before a counter is written in the glossary: "何[counter]". */
    private static final String COUNTER = "[counter]";

    private static String withoutCounter(String word) {
        return word.endsWith(COUNTER) ? word.substring(0, word.length() - COUNTER.length()).strip() : word;
    }

    /**
     * The word right before a counter: a word in kanji or katakana (件, 人, ステップ, パーセント), a digit or a
     * percent sign. Hiragana after it is a particle or a word of its own ("何と", "何が", "何か").
     */
    private static java.util.regex.Pattern beforeCounter(String word) {
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(word.toLowerCase(java.util.Locale.ROOT))
                + "(?=[\\p{IsHan}\\p{IsKatakana}\\p{Nd}%％])");
    }

    /**
     * Where the text makes something the asker's own (my, saya, ของฉัน, 내, 私の), found as written (an
     * analyzer drops most of them as stop words), in text order.
     */
    public List<Mention> possessiveWords(String text, String language) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        List<Mention> found = new ArrayList<>();
        for (java.util.regex.Pattern word : possessiveWords.getOrDefault(language, List.of())) {
            java.util.regex.Matcher matcher = word.matcher(lower);
            while (matcher.find()) {
                found.add(new Mention("", matcher.start(), matcher.end()));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return found;
    }

    /** Whether the text asks for an amount: a price, a count, a duration, a share. */
    public boolean asksForQuantity(String text, String language) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return !find(quantityWords, text, language).isEmpty()
                || new LinkedHashSet<>(List.of(language, "en")).stream()
                        .flatMap(lang -> quantityWordsAsWritten.getOrDefault(lang, List.of()).stream())
                        .anyMatch(w -> w.matcher(lower).find());
    }

    /** Whether a term (as analyzed for the language) is a function word on its own. */
    /**
     * The glossary's one-term words of a language, by analyzed term: the spellings a typo is corrected
     * towards when the help center itself is written in other languages.
     */
    public Map<String, String> vocabulary(String language) {
        return vocabularies.computeIfAbsent(language, lang -> {
            Map<String, String> words = new HashMap<>();
            for (Map<String, List<String>> byLanguage : concepts.values()) {
                for (String word : byLanguage.getOrDefault(lang, List.of())) {
                    for (String part : word.split("\\s+")) {
                        List<String> terms = analyzers.wordTerms(lang, part);
                        if (terms.size() == 1) {
                            words.putIfAbsent(terms.get(0), part);
                        }
                    }
                }
            }
            return Map.copyOf(words);
        });
    }

    private final Map<String, Map<String, String>> vocabularies = new java.util.concurrent.ConcurrentHashMap<>();

    public boolean isFunctionTerm(String language, String term) {
        return functionWords.getOrDefault(language, List.of()).stream()
                .anyMatch(entry -> entry.terms().size() == 1 && entry.terms().get(0).equals(term));
    }

    private List<Mention> find(Map<String, List<Entry>> dictionary, String text, String language) {
        List<Mention> mentions = new ArrayList<>();
        for (String lang : new LinkedHashSet<>(List.of(language, "en"))) {
            List<Entry> candidates = dictionary.getOrDefault(lang, List.of());
            if (candidates.isEmpty()) {
                continue;
            }
            List<LanguageAnalyzers.Token> tokens = analyzers.tokens(lang, text);
            List<String> terms = tokens.stream().map(LanguageAnalyzers.Token::term).toList();
            for (Entry entry : candidates) {
                int size = entry.terms().size();
                if (entry.bound() != null && !written(text).contains(entry.bound())) {
                    continue;
                }
                for (int at = 0; at + size <= terms.size(); at++) {
                    if (terms.subList(at, at + size).equals(entry.terms())
                            && !acrossPhrases(lang, text, tokens.get(at), tokens.get(at + size - 1))) {
                        Mention mention = new Mention(entry.concept(), tokens.get(at).start(),
                                tokens.get(at + size - 1).end());
                        // A bound word ("this month" analyzed as [month]) is written around its terms.
                        int reach = entry.bound() == null ? 0 : entry.bound().length();
                        if (reach > 0 && !written(text.substring(Math.max(0, mention.start() - reach),
                                Math.min(text.length(), mention.end() + reach))).contains(entry.bound())) {
                            continue;
                        }
                        if (!mentions.contains(mention)) {
                            mentions.add(mention);
                        }
                    }
                }
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return mentions;
    }

    /**
     * Whether a glossary word's terms stand in two phrases of a Thai text. Thai writes a phrase without spaces
     * and puts a space between phrases, and no Thai word of the glossary holds one: "มากขึ้น ราคา" ("more; the
     * price") is no "ขึ้นราคา" (a price increase).
     */
    private static boolean acrossPhrases(String language, String text, LanguageAnalyzers.Token first,
                                         LanguageAnalyzers.Token last) {
        if (!"th".equals(language) || first == last) {
            return false;
        }
        return text.substring(first.end(), last.start()).codePoints().anyMatch(Character::isWhitespace);
    }

    /**
     * A concept's words as terms of a language's search field, each word a list of terms (several
     * for a compound). A language the glossary has no words for gets every word, so names and
     * loanwords still meet.
     */
    public List<List<String>> terms(String concept, String language) {
        return analyzed.computeIfAbsent(concept + "\u0000" + language, key -> {
            Map<String, List<String>> words = concepts.getOrDefault(concept, Map.of());
            List<String> own = words.getOrDefault(language, List.of());
            List<String> chosen = own.isEmpty() ? words.values().stream().flatMap(List::stream).toList() : own;
            List<List<String>> result = new ArrayList<>();
            for (String word : new LinkedHashSet<>(chosen)) {
                List<String> terms = analyzers.wordTerms(language, word);
                if (!terms.isEmpty() && !result.contains(terms)) {
                    result.add(List.copyOf(terms));
                }
            }
            return List.copyOf(result);
        });
    }

    /**
     * Whether the analyzer keeps less of a glossary word than the word says: a word of a phrase dropped
     * ("sign in", "tidak aktif"), or in Korean and Japanese letters lost from the front ("저장소" to
     * "장소", "비영리" to "영리") or, in Korean, a noun's last part (사용권 to 사용; a verb's 다 is only
     * its ending). What is left is then another word, a false friend of the concept.
     */
    static boolean losesPart(String language, String word, List<String> terms) {
        if (List.of("ko", "ja").contains(language)) {
            String whole = word.replaceAll("[\\sー]", "");
            String kept = String.join("", terms).replace("ー", "");
            if (!whole.startsWith(kept)) {
                return true;
            }
            return "ko".equals(language) && kept.length() < whole.length() && !whole.endsWith("다");
        }
        if ("th".equals(language)) {
            return false;
        }
        return terms.size() < word.trim().split("[\\s-]+").length;
    }

    /** Text as compared with a bound word: lower case, one space between words. */
    private static String written(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    /**
     * Whether a concept's form (as {@link #terms} gives it) may count in this text: always, unless every
     * glossary word of the concept that the analyzer turns into these terms loses part of itself (see
     * {@link #losesPart}); then only where the text writes one of those words.
     */
    public boolean heldBy(String concept, String language, List<String> form, String text) {
        List<String> bound = boundWords.computeIfAbsent(concept + "\u0000" + language + "\u0000" + form, key -> {
            Map<String, List<String>> words = concepts.getOrDefault(concept, Map.of());
            List<String> own = words.getOrDefault(language, List.of());
            List<String> chosen = own.isEmpty() ? words.values().stream().flatMap(List::stream).toList() : own;
            List<String> surfaces = new ArrayList<>();
            for (String word : new LinkedHashSet<>(chosen)) {
                List<String> terms = analyzers.wordTerms(language, word);
                if (terms.equals(form)) {
                    if (!losesPart(language, word, terms)) {
                        return List.of();
                    }
                    surfaces.add(written(word));
                }
            }
            return List.copyOf(surfaces);
        });
        if (bound.isEmpty()) {
            return true;
        }
        String written = written(text);
        return bound.stream().anyMatch(written::contains);
    }

    private final Map<String, List<String>> boundWords = new java.util.concurrent.ConcurrentHashMap<>();

    /** A concept's words in one language, as written in the glossary. */
    public List<String> words(String concept, String language) {
        return concepts.getOrDefault(concept, Map.of()).getOrDefault(language, List.of());
    }
}
