package io.tenure.knowledge.search;

import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.index.LanguageAnalyzers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;

/**
 * Tenure's retrieval without a model, in four steps: {@link QueryAnalysis} turns the question into units
 * (glossary concepts and other words, bridged by what the help center teaches); {@link CandidateScoring}
 * searches every language's field and ranks passages by how much of the question they cover;
 * {@link Evidence} decides whether that is enough to answer; {@link LanguageChoice} quotes each article
 * in the asker's language when it can. This class ties them together and is the entry point.
 */
public final class MultilingualRetriever implements PassageRetriever {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MultilingualRetriever.class);
    /** How many passages --explain shows the choice of, as the evaluation counts them (fact@3). */
    private static final int SHOWN = 3;
    private final KnowledgeIndex index;
    private final Glossary glossary;
    private final RetrievalSettings settings;
    private final RetrievalWeights weights;
    private final LanguageAnalyzers analyzers;
    private final QueryAnalysis analysis;
    private final CandidateScoring scoring;
    private final Evidence evidence;
    private final LanguageChoice languageChoice;
    private final PassageChoice passageChoice;
    /** Passages read and analyzed once per index version: re-ranking reads them for every question. */
    private final IndexVersionCache.Holder caches = new IndexVersionCache.Holder();

    /** Where what is learned from each index version is kept between processes; null: learned in each. */
    private final BridgesFile learned;

    public MultilingualRetriever(KnowledgeIndex index, Glossary glossary, RetrievalSettings settings) {
        this(index, glossary, settings, null);
    }

    /**
     * @param cacheDir where to keep what is learned from the index for the next process ({@code <data>/cache}),
     *                 or null to learn it in every process
     */
    public MultilingualRetriever(KnowledgeIndex index, Glossary glossary, RetrievalSettings settings,
                                 java.nio.file.Path cacheDir) {
        this.learned = cacheDir == null ? null : new BridgesFile(cacheDir.resolve("help-center-bridges.json"));
        this.index = index;
        this.glossary = glossary;
        this.settings = settings;
        this.weights = settings.weights() == null ? RetrievalWeights.defaults() : settings.weights();
        this.analyzers = index.analyzers();
        this.analysis = new QueryAnalysis(glossary, analyzers, InformalRegister.load(), weights,
                new QuestionObject(glossary, settings.objectPhraseWords(), settings.billedConcepts(),
                        (int) weights.billingPrefixConcepts()));
        this.scoring = new CandidateScoring(glossary, analyzers, settings, weights);
        this.evidence = new Evidence(settings);
        this.languageChoice = new LanguageChoice(scoring, evidence);
        this.passageChoice = new PassageChoice(glossary, analyzers, settings, evidence);
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
     * passage found by several versions rises; abstains when the asked version names something the help
     * center never mentions, or when neither it nor enough translations have enough evidence.
     */
    @Override
    public List<ScoredPassage> retrieve(String question, String language, List<Translation> translations, int limit) {
        return retrieve(question, language, translations, limit, null);
    }

    /**
     * The question searched with its translations, for {@code tenure bench eval-translated --explain ID}: the
     * fused ranking and the passages chosen from it.
     */
    public List<String> explain(String question, String language, List<Translation> translations) {
        List<String> trace = new ArrayList<>();
        retrieve(question, language, translations, SHOWN, trace);
        return trace;
    }

    private List<ScoredPassage> retrieve(String question, String language, List<Translation> translations, int limit,
                                         List<String> trace) {
        IndexSearcher searcher = index.acquire();
        try {
            IndexVersionCache cache = caches.of(searcher.getIndexReader());
            List<Ranking> rankings = new ArrayList<>();
            Ranking own = rank(searcher, cache, question, language, null);
            // The asker's own words naming something the help center never mentions are a sign the question is
            // about something else; a translation may lose that sign (only Korean and Japanese mark the object).
            if (evidence.namesSomethingUnknown(own.question())) {
                note(trace, "declined: the asked version names something unknown");
                return List.of();
            }
            rankings.add(own);
            for (Translation translation : translations) {
                rankings.add(rank(searcher, cache, translation.text(), translation.language(), null));
            }
            List<Ranking> confident = rankings.stream().filter(Ranking::answerable).toList();
            // Five versions give an off-topic question five chances to pass the evidence bar by luck: without the
            // asker's own version, the translations must agree (kb.weights.fusion_quorum of them).
            if (confident.isEmpty() || !own.answerable() && confident.size() < weights.fusionQuorum()) {
                note(trace, "declined: " + confident.size() + " versions answerable, the asked one " + own.answerable());
                return List.of();
            }
            // When the asker's words are mostly unknown to the help center and a translation's are too, two versions
            // say the question is about something else; the translations that pass found its few known words
            // ("per hour") in unrelated passages.
            if (own.declined() && rankings.stream().skip(1).anyMatch(Ranking::declined)) {
                note(trace, "declined: the asked version and a translation are declined");
                return List.of();
            }
            List<Candidate> fused = confident.size() == 1 ? confident.get(0).shown() : fuse(confident, own);
            AnalyzedQuestion asked = confident.get(0).question();
            if (trace != null) {
                fused.stream().limit(12).forEach(c -> trace.add(String.format("fused %s.%s #%d score %.4f [%s]",
                        c.passage().article(), c.passage().language(), c.passage().ordinal(), c.score(),
                        c.passage().section())));
            }
            return passageChoice.choose(searcher, cache,
                    languageChoice.choose(searcher, cache, fused, asked, language, limit), asked,
                    translatedInto(confident, asked), limit,
                    (article, variant, reading) -> languageChoice.everyMatch(searcher, cache, article, variant,
                            reading), trace);
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * The translations that could answer, by their language (the first of each), other than the asked question's
     * language: inside an article written in one of those languages, passages are chosen by the translation's words,
     * which need no bridge to the article's, as well as by the asker's, reached through the glossary.
     */
    private Map<String, AnalyzedQuestion> translatedInto(List<Ranking> confident, AnalyzedQuestion asked) {
        Map<String, AnalyzedQuestion> into = new HashMap<>();
        for (Ranking ranking : confident) {
            AnalyzedQuestion question = ranking.question();
            if (question != asked && !question.language().equals(asked.language())) {
                into.putIfAbsent(question.language(), question);
            }
        }
        return into;
    }

    /**
     * A question's candidates that are strong enough to show, whether the evidence is enough to answer, and
     * whether the question was declined before any passage was looked at (too little of it known).
     */
    private record Ranking(AnalyzedQuestion question, List<Candidate> shown, boolean answerable, boolean declined) {
    }

    /**
     * One question's reasoning, for {@code tenure eval --explain ID}: the text as searched, its units with
     * their weights and forms per language (lexicon, transliteration marked), the candidates and scores.
     */
    public List<String> explain(String question, String language) {
        IndexSearcher searcher = index.acquire();
        try {
            List<String> trace = new ArrayList<>();
            Ranking ranking = rank(searcher, caches.of(searcher.getIndexReader()), question, language, trace);
            trace.add("answerable: " + ranking.answerable());
            if (ranking.answerable()) {
                IndexVersionCache cache = caches.of(searcher.getIndexReader());
                AnalyzedQuestion asked = ranking.question();
                passageChoice.choose(searcher, cache,
                        languageChoice.choose(searcher, cache, ranking.shown(), asked, language, SHOWN), asked,
                        Map.of(), SHOWN, (article, variant, reading) -> languageChoice.everyMatch(searcher, cache,
                                article, variant, reading), trace);
            }
            return trace;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.release(searcher);
        }
    }

    private Ranking rank(IndexSearcher searcher, IndexVersionCache cache, String text, String language,
                         List<String> trace) throws IOException {
        Bridges bridges = bridges(searcher, cache);
        AnalyzedQuestion question = analysis.analyze(searcher.getIndexReader(), bridges, text, language);
        if (trace != null) {
            trace(trace, question, searcher.getIndexReader());
        }
        String declined = evidence.declineBeforeSearch(question);
        if (declined != null) {
            if (trace != null) {
                trace.add("declined: " + declined);
            }
            log.debug("declined ({}): {}", declined, question.units().stream()
                    .filter(u -> u.weight == 0).map(QuestionUnit::label).toList());
            return new Ranking(question, List.of(), false, true);
        }
        List<Candidate> candidates = scoring.candidates(searcher, cache, question, null, null);
        if (candidates.isEmpty()) {
            return new Ranking(question, List.of(), false, false);
        }
        int units = question.known().size();
        if (log.isDebugEnabled()) {
            log.debug("units {}", question.known().stream().map(u -> u.label() + String.format("=%.2f", u.weight)).toList());
            candidates.stream().limit(6).forEach(c -> log.debug("  {}", describe(c, units)));
        }
        if (trace != null) {
            candidates.stream().limit(8).forEach(c -> trace.add("candidate " + describe(c, units)));
        }
        List<Candidate> strong = candidates.stream().filter(c -> evidence.strongEnough(c, units)).toList();
        return new Ranking(question, strong, evidence.answerable(candidates, units), false);
    }

    private static void note(List<String> trace, String line) {
        if (trace != null) {
            trace.add(line);
        }
    }

    private String describe(Candidate c, int units) {
        return String.format("%s.%s #%d matched %d coverage %.2f score %.3f%s [%s] %s", c.passage().article(),
                c.passage().language(), c.passage().ordinal(), c.matched(), c.coverage(), c.score(),
                evidence.strongEnough(c, units) ? " strong" : "", c.passage().section(),
                c.passage().text().substring(0, Math.min(70, c.passage().text().length())).replace('\n', ' '));
    }

    private static void trace(List<String> trace, AnalyzedQuestion question, org.apache.lucene.index.IndexReader reader)
            throws IOException {
        trace.add("question (" + question.language() + "): " + question.asked());
        trace.add("searched as: " + question.text());
        StringBuilder counts = new StringBuilder("passages:");
        for (String lang : LanguageAnalyzers.LANGUAGES) {
            counts.append(' ').append(lang).append('=').append(Math.max(0, reader.getDocCount(LanguageAnalyzers.field(lang))));
        }
        trace.add(counts.toString());
        for (QuestionUnit unit : question.units()) {
            StringBuilder line = new StringBuilder("unit " + unit.label()
                    + (unit.name ? " (name)" : "") + String.format(" weight %.2f", unit.weight));
            for (String lang : LanguageAnalyzers.LANGUAGES) {
                List<String> shown = new ArrayList<>();
                for (List<String> form : unit.forms(lang)) {
                    Double bridge = unit.bridgeWeight(form);
                    int held = 1;
                    for (String term : form) {
                        held = Math.min(held, reader.docFreq(new org.apache.lucene.index.Term(LanguageAnalyzers.field(lang), term)));
                    }
                    // "*": a form some passage of that language holds.
                    shown.add(String.join(" ", form) + (held > 0 ? "*" : "")
                            + (bridge == null ? "" : String.format(" [bridged %.2f]", bridge)));
                }
                if (!shown.isEmpty()) {
                    line.append("\n    ").append(lang).append(": ").append(String.join(", ", shown));
                }
            }
            trace.add(line.toString());
        }
    }

    /**
     * Reciprocal-rank fusion of the versions' rankings. A version's place for a passage counts the passages before
     * it once however many language variants of each it lists (a help center translated into four languages
     * otherwise fills a list's first places with one passage); only each version's first
     * {@code kb.weights.fusion_depth} places vote, as what that version would show, so a passage far down every
     * list does not outvote the first of each; the asker's own version votes {@code kb.weights.fusion_asked_weight}
     * times as much as a translation, whose words are another's reading of the question.
     */
    private List<Candidate> fuse(List<Ranking> rankings, Ranking own) {
        Map<String, Candidate> byKey = new LinkedHashMap<>();
        Map<String, Double> fused = new HashMap<>();
        int depth = (int) weights.fusionDepth();
        for (Ranking ranking : rankings) {
            double vote = ranking == own ? weights.fusionAskedWeight() : 1;
            Map<String, Integer> places = new HashMap<>();
            for (Candidate candidate : ranking.shown()) {
                byKey.putIfAbsent(candidate.key(), candidate);
                int place = places.computeIfAbsent(candidate.passage().article() + "#" + candidate.passage().ordinal(),
                        passage -> places.size());
                if (depth == 0 || place < depth) {
                    fused.merge(candidate.key(), vote / (weights.fusionRankOffset() + place + 1), Double::sum);
                } else {
                    // Still shown after every passage that earned a vote, when too few did.
                    fused.putIfAbsent(candidate.key(), 0.0);
                }
            }
        }
        List<Candidate> result = new ArrayList<>();
        byKey.forEach((key, c) -> result.add(new Candidate(c.doc(), c.passage(), c.matched(), c.coverage(),
                fused.get(key))));
        result.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return result;
    }

    private Bridges bridges(IndexSearcher searcher, IndexVersionCache cache) {
        return cache.bridges(() -> Bridges.learn(searcher.getIndexReader(), glossary, analyzers, settings, weights,
                learned));
    }

    /** The lexicon learned from the help center now in the index ({@code tenure kb lexicon}). */
    public Lexicon lexicon() {
        IndexSearcher searcher = index.acquire();
        try {
            return bridges(searcher, caches.of(searcher.getIndexReader())).lexicon();
        } finally {
            index.release(searcher);
        }
    }
}
