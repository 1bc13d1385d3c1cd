package io.tenure.knowledge.search;

import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.index.LanguageAnalyzers;
import io.tenure.knowledge.ingest.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Tenure's retrieval without a model. A question becomes "units": the glossary concepts it mentions
 * and its other words. Each unit is searched in every language's field, in that language's terms (a
 * concept by its glossary words there, a word by itself as that language's analyzer sees it, which
 * keeps product names and numbers), and the field scores add up (BM25). Candidates are then ranked by
 * how many of the question's units they contain, BM25 breaking ties, and the evidence is judged: the
 * question must be about things the help center knows, and the best passage must cover enough of it.
 */
public final class MultilingualRetriever implements PassageRetriever {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MultilingualRetriever.class);
    private final KnowledgeIndex index;
    private final Glossary glossary;
    private final RetrievalSettings settings;
    private final LanguageAnalyzers analyzers;
    /** An amount of money: a currency sign before or after a number, or a currency name after it. */
    private final java.util.regex.Pattern money;
    /** Passages read and analyzed once per index version: re-ranking reads them for every question. */
    private volatile PassageCache passageCache;
    private final InformalRegister register;

    private RetrievalWeights weights() {
        return settings.weights() == null ? RetrievalWeights.defaults() : settings.weights();
    }

    public MultilingualRetriever(KnowledgeIndex index, Glossary glossary, RetrievalSettings settings) {
        this.index = index;
        this.glossary = glossary;
        this.settings = settings;
        this.analyzers = index.analyzers();
        this.register = InformalRegister.load();
        String names = glossary.currencyWords().stream().map(java.util.regex.Pattern::quote)
                .reduce((a, b) -> a + "|" + b).map(alternatives -> "|" + alternatives).orElse("");
        this.money = java.util.regex.Pattern.compile("\\p{Sc}\\s?\\d|\\d\\s?(?:\\p{Sc}" + names + ")",
                java.util.regex.Pattern.CASE_INSENSITIVE);
    }

    @Override
    public String name() {
        return "ours";
    }

    @Override
    public List<ScoredPassage> retrieve(String question, String language, int limit) {
        return retrieve(question, language, List.of(), limit);
    }

    /**
     * Searches the question and its translations and fuses the rankings by reciprocal rank, so a
     * passage found by several versions rises; abstains only when no version has enough evidence.
     */
    @Override
    public List<ScoredPassage> retrieve(String question, String language, List<Translation> translations, int limit) {
        IndexSearcher searcher = index.acquire();
        try {
            List<Ranking> rankings = new ArrayList<>();
            rankings.add(rank(searcher, question, language));
            for (Translation translation : translations) {
                rankings.add(rank(searcher, translation.text(), translation.language()));
            }
            List<Ranking> confident = rankings.stream().filter(Ranking::answerable).toList();
            if (confident.isEmpty()) {
                return List.of();
            }
            List<Candidate> fused = confident.size() == 1 ? confident.get(0).shown() : fuse(confident);
            return preferLanguage(searcher, fused, confident.get(0), language, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            index.release(searcher);
        }
    }

    /** One searchable part of a question: a glossary concept, or a word outside the glossary. */
    private final class Unit {
        /** The concepts one stretch of the question mentions ("pelanggan": customer and subscriber). */
        final Set<String> concepts;
        final String word;
        /** Whether the word is written as a name: capitalised or in Latin letters inside non-Latin text. */
        final boolean name;
        final Map<String, List<List<String>>> forms = new HashMap<>();
        /** Forms reached by a weaker bridge than the word itself (lexicon, transliteration, typo): their weight. */
        final Map<List<String>, Double> bridged = new HashMap<>();
        /** The question's language, and the help center's bridges for it. */
        final String language;
        final Bridges bridges;
        /** Inverse document frequency in the whole index: rare units say more. */
        double weight;

        Unit(Set<String> concepts, String word, boolean name, String language, Bridges bridges) {
            this.concepts = concepts;
            this.word = word;
            this.name = name;
            this.language = language;
            this.bridges = bridges;
        }

        /** How much a match through this form counts, as a share of the unit's weight. */
        double factor(List<String> form, String passageLanguage) {
            Double bridge = bridged.get(form);
            if (bridge != null && (word != null || !passageLanguage.equals(language))) {
                return bridge;
            }
            return word != null || passageLanguage.equals(language) ? 1 : weights().translatedConcept();
        }

        /** The unit as terms of a language's field: several alternatives, each a list of terms. */
        List<List<String>> forms(String language) {
            return forms.computeIfAbsent(language, lang -> {
                if (word == null) {
                    List<List<String>> all = new ArrayList<>();
                    for (String concept : concepts) {
                        for (List<String> form : glossary.terms(concept, lang)) {
                            if (!all.contains(form)) {
                                all.add(form);
                            }
                        }
                    }
                    return all;
                }
                List<List<String>> all = new ArrayList<>();
                List<String> terms = analyzers.terms(lang, word);
                if (!terms.isEmpty()) {
                    all.add(terms);
                }
                if (bridges != null) {
                    for (Map.Entry<List<String>, Double> bridge : bridges.forms(this, lang).entrySet()) {
                        if (!all.contains(bridge.getKey())) {
                            all.add(bridge.getKey());
                            bridged.put(bridge.getKey(), bridge.getValue());
                        }
                    }
                }
                return all;
            });
        }
    }

    /**
     * @param matched how many known units the passage contains
     * @param coverage the IDF-weighted share it contains of the known units a passage in its language
     *                 could contain, translated concepts counting a little less than the asker's words
     * @param score the ranking: coverage and share of the whole question (with a bonus for units in the
     *              heading), then BM25
     */
    private record Candidate(int doc, Passage passage, int matched, double coverage, double score) {
        String key() {
            return passage.path() + "#" + passage.ordinal();
        }
    }

    /** A question's candidates and whether the evidence is enough to answer. */
    private record Ranking(String language, List<Unit> known, int units, boolean quantity, List<Candidate> shown,
                           boolean answerable) {
    }

    /**
     * One question's reasoning, for {@code tenure eval --explain ID}: the text as searched, its units with
     * their weights and forms per language (lexicon, transliteration marked), the candidates and scores.
     */
    public List<String> explain(String question, String language) {
        IndexSearcher searcher = index.acquire();
        try {
            List<String> trace = new ArrayList<>();
            Ranking ranking = rank(searcher, question, language, trace);
            trace.add("answerable: " + ranking.answerable());
            return trace;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private Ranking rank(IndexSearcher searcher, String text, String language) throws IOException {
        return rank(searcher, text, language, null);
    }

    private Ranking rank(IndexSearcher searcher, String text, String language, List<String> trace) throws IOException {
        Bridges bridges = bridges(searcher);
        String asked = text;
        text = bridges.correct(register.standardize(text, language), language);
        List<Unit> units = units(text, language, bridges);
        if (trace != null) {
            trace.add("question (" + language + "): " + asked);
            trace.add("searched as: " + text);
        }
        IndexReader reader = searcher.getIndexReader();
        List<Unit> known = new ArrayList<>();
        int unknown = 0;
        boolean unknownName = false;
        for (Unit unit : units) {
            double weight = inverseDocumentFrequency(reader, unit, language);
            if (weight > 0) {
                unit.weight = weight;
                known.add(unit);
            } else {
                unknown++;
                // A concept is known to the glossary whatever the help center says; only a word can be an
                // unknown name.
                unknownName |= unit.name && unit.word != null;
            }
        }
        // A question naming something the help center never mentions ("Netflix", "iPhone") is about
        // that thing, however many billing words it shares with the articles.
        if (trace != null) {
            for (Unit unit : units) {
                StringBuilder line = new StringBuilder("unit " + (unit.word != null ? unit.word : unit.concepts)
                        + (unit.name ? " (name)" : "") + String.format(" weight %.2f", unit.weight));
                for (String lang : LanguageAnalyzers.LANGUAGES) {
                    List<String> shown = new ArrayList<>();
                    for (List<String> form : unit.forms(lang)) {
                        Double bridge = unit.bridged.get(form);
                        shown.add(String.join(" ", form) + (bridge == null ? "" : String.format(" [bridged %.2f]", bridge)));
                    }
                    if (!shown.isEmpty()) {
                        line.append("\n    ").append(lang).append(": ").append(String.join(", ", shown));
                    }
                }
                trace.add(line.toString());
            }
        }
        if (unknownName && settings.unknownNameAbstains()) {
            if (trace != null) {
                trace.add("declined: names something the help center never mentions");
            }
            log.debug("names something the help center never mentions: {}", units.stream()
                    .filter(u -> u.name && u.weight == 0).map(u -> u.word).toList());
            return new Ranking(language, known, known.size(), false, List.of(), false);
        }
        double knownWeight = known.stream().mapToDouble(u -> u.weight).sum();
        // A word the help center never uses counts as an average word: it may be off-topic, or just
        // a word of a language the help center is not written in ("company", "gather").
        double all = knownWeight + (known.isEmpty() ? 1 : unknown * knownWeight / known.size());
        if (known.isEmpty() || knownWeight < settings.minKnownShare() * all) {
            return new Ranking(language, known, known.size(), false, List.of(), false);
        }
        boolean quantity = glossary.asksForQuantity(text, language);
        List<Candidate> candidates = candidates(searcher, known, language, quantity, null, null);
        if (candidates.isEmpty()) {
            return new Ranking(language, known, known.size(), quantity, List.of(), false);
        }
        if (log.isDebugEnabled()) {
            log.debug("units {}", known.stream().map(u -> (u.word != null ? u.word : u.concepts.toString())
                    + String.format("=%.2f", u.weight)).toList());
            candidates.stream().limit(6).forEach(c -> log.debug("  {} matched {} coverage {} score {} {}.{} [{}] {}",
                    c.doc(), c.matched(), String.format("%.2f", c.coverage()), String.format("%.3f", c.score()),
                    c.passage().article(), c.passage().language(), c.passage().section(),
                    c.passage().text().substring(0, Math.min(60, c.passage().text().length())).replace('\n', ' ')));
        }
        List<Candidate> strong = candidates.stream().filter(c -> strongEnough(c, known.size())).toList();
        if (trace != null) {
            candidates.stream().limit(8).forEach(c -> trace.add(String.format(
                    "candidate %s.%s #%d matched %d coverage %.2f score %.3f%s [%s] %s", c.passage().article(),
                    c.passage().language(), c.passage().ordinal(), c.matched(), c.coverage(), c.score(),
                    strongEnough(c, known.size()) ? " strong" : "", c.passage().section(),
                    c.passage().text().substring(0, Math.min(70, c.passage().text().length())).replace('\n', ' '))));
        }
        // The best-ranked passage may win on words of the asker's own language while a passage a little
        // lower holds the question's concepts through the glossary: the evidence of the first few counts.
        boolean answerable = candidates.stream().limit(settings.evidencePassages())
                .anyMatch(c -> strongEnough(c, known.size()));
        return new Ranking(language, known, known.size(), quantity, strong, answerable);
    }

    /**
     * @param units how many of the question's units the help center uses at all: a question with one
     *              such unit needs one match (a word no passage holds cannot be matched anyway; whether
     *              there are too many of those is the known-share rule's to judge)
     */
    private boolean strongEnough(Candidate candidate, int units) {
        return candidate.matched() >= Math.min(settings.minMatchedWords(), units)
                && candidate.coverage() >= settings.minMatchedShare();
    }

    /**
     * Searches each language's field on its own (BM25 scores of different fields do not compare),
     * takes the best of each, and ranks the union by coverage of the question.
     *
     * @param quantity whether the question asks for an amount: passages holding a number rank higher
     * @param article with language, restricts the search to one variant of one article; else null
     */
    private List<Candidate> candidates(IndexSearcher searcher, List<Unit> known, String questionLanguage,
                                       boolean quantity, String article, String language) throws IOException {
        Map<Integer, Double> bm25 = new HashMap<>();
        List<String> fields = article == null ? LanguageAnalyzers.fieldLanguages()
                : List.of(LanguageAnalyzers.LANGUAGES.contains(language) ? language : LanguageAnalyzers.OTHER);
        for (String fieldLanguage : fields) {
            Query inField = fieldQuery(known, fieldLanguage);
            if (inField == null) {
                continue;
            }
            if (article != null) {
                inField = new BooleanQuery.Builder()
                        .add(inField, BooleanClause.Occur.MUST)
                        .add(new TermQuery(new Term(KnowledgeIndex.ARTICLE, article)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(KnowledgeIndex.LANGUAGE, language)), BooleanClause.Occur.FILTER)
                        .build();
            }
            ScoreDoc[] hits = searcher.search(inField, settings.candidates()).scoreDocs;
            for (ScoreDoc hit : hits) {
                bm25.merge(hit.doc, (double) hit.score / hits[0].score, Math::max);
            }
        }
        Map<String, Double> reachableWeight = new HashMap<>();
        double allKnown = known.stream().mapToDouble(u -> u.weight).sum();
        Map<Integer, Analyzed> loaded = passages(searcher);
        var stored = searcher.storedFields();
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<Integer, Double> hit : bm25.entrySet()) {
            Analyzed analyzed = loaded.get(hit.getKey());
            if (analyzed == null) {
                analyzed = analyze(KnowledgeIndex.passage(stored.document(hit.getKey())));
                loaded.put(hit.getKey(), analyzed);
            }
            Passage passage = analyzed.passage();
            Text terms = analyzed.terms();
            Text heading = analyzed.heading();
            int matched = 0;
            double covered = 0;
            double bonus = 0;
            Text wholeArticle = null;
            for (Unit unit : known) {
                // The article's title says what every passage of it is about ("Kampanye: langganan dan
                // penagihan"): a unit there ranks the article's passages up, never as evidence.
                List<String> inTitle = matchedForm(unit, passage.language(), analyzed.title());
                if (inTitle != null) {
                    bonus += settings.titleBonus() * unit.weight * unit.factor(inTitle, passage.language());
                }
                // "Campaigns" in a Thai question names a product: the article whose variant writes the
                // concept as a name ("halaman Kampanye") is about it; the others only use the common word.
                if (unit.name && unit.word == null
                        && matchedForm(unit, passage.language(), articleNames(searcher, passage)) != null) {
                    bonus += settings.nameBonus() * unit.weight;
                }
                List<String> form = matchedForm(unit, passage.language(), terms);
                if (form == null) {
                    // A passage deep in an article about a product is about that product even when it
                    // does not name it again: half the weight, for ranking only, never as evidence.
                    wholeArticle = wholeArticle != null ? wholeArticle : articleTerms(searcher, passage);
                    List<String> inArticle = matchedForm(unit, passage.language(), wholeArticle);
                    if (inArticle != null) {
                        bonus += weights().articleContext() * unit.weight * unit.factor(inArticle, passage.language());
                    }
                    continue;
                }
                matched++;
                // The asker's own words (or a name or number, which need no translation) are surer
                // evidence than a concept reached through the glossary in another language.
                double weight = unit.weight * unit.factor(form, passage.language());
                covered += weight;
                if (matchedForm(unit, passage.language(), heading) != null) {
                    bonus += weights().heading() * weight;
                }
            }
            double total = reachableWeight.computeIfAbsent(passage.language(),
                    lang -> reachableWeight(searcher.getIndexReader(), known, lang, questionLanguage));
            double coverage = total == 0 ? 0 : covered / total;
            // Ranking also counts what the passage covers of the whole question, so a passage in a
            // language that cannot hold half the question does not outrank one that holds all of it.
            double ofQuestion = covered / allKnown;
            double numbers = !quantity ? 0 : analyzed.money() ? 2 * settings.numberBonus()
                    : analyzed.hasNumber() ? settings.numberBonus() : 0;
            candidates.add(new Candidate(hit.getKey(), passage, matched, coverage,
                    (coverage + ofQuestion) / 2 + bonus / allKnown + weights().bm25() * hit.getValue() + numbers));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::doc));
        return candidates;
    }

    /**
     * The weight of the units a passage in this language could contain at all: every glossary concept,
     * every word in the asker's own language, and of the other words only those the help center uses
     * in this language (names, numbers). "company" cannot be found in a Thai passage, so it does not
     * count against one; the known-share and word-count rules keep off-topic questions out.
     */
    private double reachableWeight(IndexReader reader, List<Unit> known, String language, String questionLanguage) {
        double weight = 0;
        for (Unit unit : known) {
            if (unit.word == null || language.equals(questionLanguage) || occursIn(reader, unit, language)) {
                weight += unit.weight;
            }
        }
        return weight;
    }

    private boolean occursIn(IndexReader reader, Unit unit, String language) {
        String field = LanguageAnalyzers.field(language);
        try {
            for (List<String> form : unit.forms(language)) {
                boolean all = true;
                for (String term : form) {
                    all &= reader.docFreq(new Term(field, term)) > 0;
                }
                if (all) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A passage with its terms and its heading's terms, as its language's analyzer sees them. */
    private record Analyzed(Passage passage, Text terms, Text heading, Text title, boolean hasNumber, boolean money) {
    }

    /** A text's terms as a set (single-term lookups) and in order (compounds must be adjacent). */
    private record Text(Set<String> set, List<String> sequence) {
        static Text of(List<String> terms) {
            return new Text(Set.copyOf(terms), List.copyOf(terms));
        }

        /** Whether the terms occur in this order, at most one other term between neighbours. */
        boolean contains(List<String> form) {
            if (form.size() == 1) {
                return set.contains(form.get(0));
            }
            if (!set.containsAll(form)) {
                return false;
            }
            for (int start = 0; start < sequence.size(); start++) {
                if (!sequence.get(start).equals(form.get(0))) {
                    continue;
                }
                int at = start;
                int matched = 1;
                while (matched < form.size()) {
                    if (at + 1 < sequence.size() && sequence.get(at + 1).equals(form.get(matched))) {
                        at += 1;
                    } else if (at + 2 < sequence.size() && sequence.get(at + 2).equals(form.get(matched))) {
                        at += 2;
                    } else {
                        break;
                    }
                    matched++;
                }
                if (matched == form.size()) {
                    return true;
                }
            }
            return false;
        }
    }

    private Analyzed analyze(Passage passage) {
        // Prices are what billing questions ask for most: among numbers, an amount of money ranks higher.
        // Before the first heading, the article's title says what the passage is about.
        String heading = passage.section().isEmpty() ? passage.title() : passage.section();
        return new Analyzed(passage, Text.of(analyzers.terms(passage.language(), KnowledgeIndex.searchable(passage))),
                Text.of(analyzers.terms(passage.language(), heading)),
                Text.of(analyzers.terms(passage.language(), passage.title())),
                passage.text().codePoints().anyMatch(Character::isDigit),
                money.matcher(passage.text()).find());
    }

    /** Passages already read from this reader, by document number (valid until the index changes). */
    private Map<Integer, Analyzed> passages(IndexSearcher searcher) {
        return cache(searcher).passages();
    }

    /**
     * The cache of this searcher's index version. Read once into a local: a second read of the field
     * could see the cache of a newer index version than the searcher's.
     */
    private PassageCache cache(IndexSearcher searcher) {
        PassageCache current = passageCache;
        if (current == null || current.reader() != searcher.getIndexReader()) {
            current = new PassageCache(searcher.getIndexReader(), new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>(), new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.atomic.AtomicReference<>());
            passageCache = current;
        }
        return current;
    }

    private record PassageCache(IndexReader reader, Map<Integer, Analyzed> passages, Map<String, Text> articles,
                                Map<String, Text> names, java.util.concurrent.atomic.AtomicReference<Bridges> bridges) {
    }

    /** What the help center teaches about its own words, learned once per index version. */
    private Bridges bridges(IndexSearcher searcher) {
        PassageCache cache = cache(searcher);
        Bridges bridges = cache.bridges().get();
        if (bridges == null) {
            synchronized (cache) {
                bridges = cache.bridges().get();
                if (bridges == null) {
                    bridges = learn(searcher.getIndexReader());
                    cache.bridges().set(bridges);
                }
            }
        }
        return bridges;
    }

    /** The lexicon learned from the help center now in the index ({@code tenure kb lexicon}). */
    public Lexicon lexicon() {
        IndexSearcher searcher = index.acquire();
        try {
            return bridges(searcher).lexicon();
        } finally {
            index.release(searcher);
        }
    }

    private Bridges learn(IndexReader reader) {
        try {
            List<Passage> all = new ArrayList<>();
            var stored = reader.storedFields();
            var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    all.add(KnowledgeIndex.passage(stored.document(doc)));
                }
            }
            Lexicon lexicon = Lexicon.mine(all, analyzers, settings.lexiconMinScore(), glossary::isFunctionTerm);
            Set<String> terms = new HashSet<>();
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
                    if (LanguageAnalyzers.LANGUAGES.contains(language)) {
                        spelling.add(language, text, text, it.docFreq());
                    }
                }
            }
            for (String language : List.of("en", "id")) {
                glossary.vocabulary(language).forEach((term, word) -> spelling.add(language, term, word, 1));
            }
            return new Bridges(lexicon, new ScriptBridge(terms), spelling, terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A word's other forms that the help center teaches: its learned translations into another
     * language, and the Latin spelling of a Hangul, katakana or Thai word (and back).
     */
    final class Bridges {
        private final Lexicon lexicon;
        private final ScriptBridge script;
        private final Spelling spelling;
        private final Set<String> vocabulary;

        Bridges(Lexicon lexicon, ScriptBridge script, Spelling spelling, Set<String> vocabulary) {
            this.lexicon = lexicon;
            this.script = script;
            this.spelling = spelling;
            this.vocabulary = vocabulary;
        }

        Lexicon lexicon() {
            return lexicon;
        }

        /** The text with typos corrected against the help center's and the glossary's words. */
        String correct(String text, String language) {
            return spelling.correct(text, language, term -> vocabulary.contains(term)
                    || glossary.isFunctionTerm(language, term) || glossary.vocabulary(language).containsKey(term));
        }

        Map<List<String>, Double> forms(Unit unit, String language) {
            Map<List<String>, Double> forms = new LinkedHashMap<>();
            if (unit.word == null) {
                return forms;
            }
            if (!language.equals(unit.language)) {
                for (String term : analyzers.terms(unit.language, unit.word)) {
                    for (Lexicon.Translation t : lexicon.translate(unit.language, term, language)) {
                        forms.putIfAbsent(List.of(t.term()), weights().lexicon() * (t.pivot() ? 0.8 : 1));
                    }
                }
            }
            for (String match : script.matches(unit.word)) {
                forms.putIfAbsent(List.of(match), weights().transliteration());
            }
            return forms;
        }
    }

    /** A capitalised word after a letter, digit or comma: written as a name, not at a sentence start. */
    private static final java.util.regex.Pattern NAME_IN_SENTENCE =
            java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N},;]\\s{1,3})\\p{Lu}[\\p{L}\\p{N}]*");

    /**
     * The terms of the words the passage's article variant writes as names inside its sentences ("halaman
     * Kampanye dengan"), read once per index version.
     */
    private Text articleNames(IndexSearcher searcher, Passage passage) {
        return cache(searcher).names().computeIfAbsent(KnowledgeIndex.variant(passage.article(), passage.language()),
                variant -> {
                    try {
                        List<String> terms = new ArrayList<>();
                        var stored = searcher.storedFields();
                        for (ScoreDoc doc : searcher.search(new TermQuery(new Term(KnowledgeIndex.VARIANT, variant)),
                                10_000).scoreDocs) {
                            Passage part = KnowledgeIndex.passage(stored.document(doc.doc));
                            var names = NAME_IN_SENTENCE.matcher(part.text());
                            while (names.find()) {
                                terms.addAll(analyzers.terms(part.language(), names.group()));
                            }
                        }
                        return Text.of(terms);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** All terms of the passage's article variant (its title and every passage), read once per index version. */
    private Text articleTerms(IndexSearcher searcher, Passage passage) {
        return cache(searcher).articles().computeIfAbsent(KnowledgeIndex.variant(passage.article(), passage.language()),
                variant -> {
                    try {
                        List<String> terms = new ArrayList<>();
                        var stored = searcher.storedFields();
                        for (ScoreDoc doc : searcher.search(new TermQuery(new Term(KnowledgeIndex.VARIANT, variant)),
                                10_000).scoreDocs) {
                            Passage part = KnowledgeIndex.passage(stored.document(doc.doc));
                            terms.addAll(analyzers.terms(part.language(), KnowledgeIndex.searchable(part)));
                        }
                        return Text.of(terms);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private static List<String> matchedForm(Unit unit, String language, Text terms) {
        for (List<String> form : unit.forms(language)) {
            if (terms.contains(form)) {
                return form;
            }
        }
        return null;
    }

    /**
     * How rare the unit is; 0: the help center never uses it. Concepts, and words found in passages of
     * another language than the question's (product names, numbers: "Octopus", "$49"), are counted over
     * all passages. A word found only in passages of the asker's own language is counted over those
     * passages: a common word of a small language variant ("多く" in the one Japanese article) then
     * weighs as little as it says, instead of looking rare next to passages that could never hold it.
     */
    private double inverseDocumentFrequency(IndexReader reader, Unit unit, String questionLanguage)
            throws IOException {
        long occurrences = 0;
        boolean elsewhere = unit.word == null;
        String ownField = LanguageAnalyzers.field(questionLanguage);
        for (String language : LanguageAnalyzers.fieldLanguages()) {
            String field = LanguageAnalyzers.field(language);
            int most = 0;
            for (List<String> form : unit.forms(language)) {
                int least = Integer.MAX_VALUE;
                for (String term : form) {
                    least = Math.min(least, reader.docFreq(new Term(field, term)));
                }
                most = Math.max(most, least);
            }
            occurrences = Math.max(occurrences, most);
            elsewhere |= most > 0 && !field.equals(ownField);
        }
        if (occurrences == 0) {
            return 0;
        }
        long passages = elsewhere ? reader.numDocs() : reader.getDocCount(ownField);
        return Math.log(1 + (passages - occurrences + 0.5) / (occurrences + 0.5));
    }

    /** One language's field: every unit in that language's terms, each counted once (its best form). */
    private Query fieldQuery(List<Unit> units, String language) {
        String field = LanguageAnalyzers.field(language);
        BooleanQuery.Builder inField = new BooleanQuery.Builder();
        int clauses = 0;
        for (Unit unit : units) {
            List<Query> alternatives = new ArrayList<>();
            for (List<String> form : unit.forms(language)) {
                alternatives.add(form.size() == 1 ? new TermQuery(new Term(field, form.get(0)))
                        : new PhraseQuery(1, field, form.toArray(String[]::new)));
            }
            if (!alternatives.isEmpty()) {
                inField.add(new DisjunctionMaxQuery(alternatives, 0.1f), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : inField.build();
    }

    /**
     * The glossary concepts of the text, one unit per stretch of text (overlapping mentions merge, so
     * a word that means two concepts counts once), then each remaining word once.
     */
    private List<Unit> units(String text, String language, Bridges bridges) {
        List<Unit> units = new ArrayList<>();
        List<Glossary.Mention> all = glossary.mentions(text, language);
        // The longest match wins: "tingkat churn" is churn, not also the tier its first word can mean.
        List<Glossary.Mention> mentions = all.stream().filter(m -> all.stream().noneMatch(other ->
                other.start() <= m.start() && m.end() <= other.end()
                        && other.end() - other.start() > m.end() - m.start())).toList();
        List<Glossary.Mention> functionWords = glossary.functionWords(text, language);
        List<int[]> spans = new ArrayList<>();
        Set<String> group = new java.util.LinkedHashSet<>();
        int firstWord = text.codePoints().anyMatch(Character::isLetterOrDigit)
                ? text.indexOf(new String(Character.toChars(text.codePoints().filter(Character::isLetterOrDigit)
                .findFirst().getAsInt()))) : -1;
        int start = -1;
        int end = -1;
        for (Glossary.Mention mention : mentions) {
            if (start >= 0 && mention.start() >= end) {
                addConcepts(units, group, looksLikeName(text.substring(start, end), language, start == firstWord),
                        language, bridges);
                spans.add(new int[]{start, end});
                group.clear();
                start = -1;
            }
            if (start < 0) {
                start = mention.start();
                end = mention.end();
            }
            end = Math.max(end, mention.end());
            group.add(mention.concept());
        }
        if (start >= 0) {
            addConcepts(units, group, looksLikeName(text.substring(start, end), language, start == firstWord),
                        language, bridges);
            spans.add(new int[]{start, end});
        }
        Set<String> seen = new HashSet<>();
        for (LanguageAnalyzers.Token token : analyzers.tokens(language, text)) {
            boolean inConcept = spans.stream().anyMatch(span -> token.start() < span[1] && span[0] < token.end());
            boolean functionWord = functionWords.stream()
                    .anyMatch(w -> token.start() < w.end() && w.start() < token.end());
            // "ActiveCampaign's": other languages' analyzers keep the English possessive on the name.
            String surface = text.substring(token.start(), token.end()).replaceFirst("['’][sS]$", "");
            // Korean and Japanese analyzers may read a word's surface differently on its own
            // ("하" of "하나요"): it is a function word if either reading is one.
            functionWord |= glossary.isFunctionTerm(language, token.term())
                    || analyzers.terms(language, surface).stream().allMatch(t -> glossary.isFunctionTerm(language, t));
            // A lone CJK character split off by the analyzer ("中" of "トライアル中", "人" of "何人") is a
            // suffix or counter, not a topic; meaningful single characters (税, 月) are glossary words.
            boolean fragment = token.term().codePointCount(0, token.term().length()) == 1
                    && isCjk(token.term().codePointAt(0));
            if (!inConcept && !functionWord && !fragment && seen.add(token.term())) {
                units.add(new Unit(Set.of(), surface, looksLikeName(surface, language, token.start() == firstWord),
                        language, bridges));
            }
        }
        return units;
    }

    /**
     * A name as questions write one: in Latin letters inside Korean, Japanese or Thai text; in a Latin
     * language, with a capital letter not owed to the start of the sentence ("Netflix", "iPhone"), or in
     * capitals throughout ("KTX"). Numbers are not names.
     */
    static boolean looksLikeName(String surface, String language, boolean firstWord) {
        boolean latin = surface.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        if (!latin) {
            return false;
        }
        if (List.of("ko", "ja", "th").contains(language)) {
            return true;
        }
        long capitals = surface.codePoints().filter(Character::isUpperCase).count();
        long letters = surface.codePoints().filter(Character::isLetter).count();
        // "KTX", "MSFT" are names; a long word in capitals ("DECLINED") is shouting, not a name.
        boolean allCapitals = capitals > 1 && capitals == letters && letters <= 4;
        boolean innerCapital = surface.codePoints().skip(1).anyMatch(Character::isUpperCase);
        return allCapitals || innerCapital || (capitals > 0 && !firstWord);
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** A concept said twice ("hidden fees … hidden where") is one unit of the question. */
    private void addConcepts(List<Unit> units, Set<String> group, boolean name, String language, Bridges bridges) {
        // Ordered, so every run builds the same query (Set.copyOf iterates in a random order).
        Set<String> concepts = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(group));
        if (units.stream().noneMatch(u -> u.word == null && u.concepts.equals(concepts))) {
            units.add(new Unit(concepts, null, name, language, bridges));
        }
    }

    private static List<Candidate> fuse(List<Ranking> rankings) {
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        Map<String, Double> fused = new HashMap<>();
        for (Ranking ranking : rankings) {
            List<Candidate> list = ranking.shown();
            for (int rank = 0; rank < list.size(); rank++) {
                Candidate candidate = list.get(rank);
                byKey.putIfAbsent(candidate.key(), candidate);
                fused.merge(candidate.key(), 1.0 / (60 + rank + 1), Double::sum);
            }
        }
        List<Candidate> result = new ArrayList<>();
        byKey.forEach((key, c) -> result.add(new Candidate(c.doc(), c.passage(), c.matched(), c.coverage(),
                fused.get(key))));
        result.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return result;
    }

    /**
     * Keeps the ranking but quotes each article in one language: the asker's when the article has a
     * variant in it (its best matching passages take the place of the other language's), else the
     * language of the article's best passage, so one passage is not shown in three translations.
     */
    private List<ScoredPassage> preferLanguage(IndexSearcher searcher, List<Candidate> ranked, Ranking ranking,
                                               String language, int limit) {
        List<ScoredPassage> shown = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Map<String, String> quotedIn = new HashMap<>();
        for (Candidate candidate : ranked) {
            if (shown.size() >= limit) {
                break;
            }
            Passage passage = candidate.passage();
            String chosen = quotedIn.get(passage.article());
            if (chosen == null) {
                chosen = passage.language();
                if (!passage.language().equals(language)) {
                    List<Candidate> variant = variant(searcher, passage.article(), language, ranking);
                    if (!variant.isEmpty()) {
                        chosen = language;
                        for (Candidate own : variant) {
                            if (shown.size() < limit && keys.add(own.key())) {
                                shown.add(new ScoredPassage(own.passage(), candidate.score()));
                            }
                        }
                    }
                }
                quotedIn.put(passage.article(), chosen);
            }
            if (passage.language().equals(chosen) && shown.size() < limit && keys.add(candidate.key())) {
                shown.add(new ScoredPassage(passage, candidate.score()));
            }
        }
        return shown;
    }

    /** The asker's-language variant's passages that match the question well enough, best first. */
    private List<Candidate> variant(IndexSearcher searcher, String article, String language, Ranking ranking) {
        try {
            if (searcher.getIndexReader().docFreq(new Term(KnowledgeIndex.VARIANT,
                    KnowledgeIndex.variant(article, language))) == 0) {
                return List.of();
            }
            return candidates(searcher, ranking.known(), ranking.language(), ranking.quantity(), article, language)
                    .stream()
                    .filter(c -> strongEnough(c, ranking.units())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
