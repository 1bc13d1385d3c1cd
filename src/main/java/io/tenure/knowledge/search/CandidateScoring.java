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
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
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
 * Finds and ranks candidate passages: each language's field is searched on its own in that language's
 * terms (BM25 scores of different fields do not compare), and the union is ranked by IDF-weighted
 * coverage of the question's units, with bonuses for the heading, the title, the article around the
 * passage, names and numbers; every weight is a {@code kb} setting.
 */
final class CandidateScoring {
    private final LanguageAnalyzers analyzers;
    private final RetrievalSettings settings;
    private final RetrievalWeights weights;
    /** An amount of money: a currency sign before or after a number, or a currency name after it. */
    private final Pattern money;
    private final Glossary glossary;

    CandidateScoring(Glossary glossary, LanguageAnalyzers analyzers, RetrievalSettings settings,
                     RetrievalWeights weights) {
        this.glossary = glossary;
        this.analyzers = analyzers;
        this.settings = settings;
        this.weights = weights;
        String names = glossary.currencyWords().stream().map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).map(alternatives -> "|" + alternatives).orElse("");
        this.money = Pattern.compile("\\p{Sc}\\s?\\d|\\d\\s?(?:\\p{Sc}" + names + ")", Pattern.CASE_INSENSITIVE);
    }

    /**
     * Searches each language's field on its own, takes the best of each, and ranks the union by coverage
     * of the question.
     *
     * @param article with language, restricts the search to one variant of one article; else null
     */
    List<Candidate> candidates(IndexSearcher searcher, IndexVersionCache cache, AnalyzedQuestion question,
                               String article, String language) throws IOException {
        return candidates(searcher, cache, question, article, language, settings.candidates());
    }

    /** @param limit how many passages each field's search returns */
    List<Candidate> candidates(IndexSearcher searcher, IndexVersionCache cache, AnalyzedQuestion question,
                               String article, String language, int limit) throws IOException {
        List<QuestionUnit> known = question.known();
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
            ScoreDoc[] hits = searcher.search(inField, limit).scoreDocs;
            for (ScoreDoc hit : hits) {
                bm25.merge(hit.doc, (double) hit.score / hits[0].score, Math::max);
            }
        }
        Map<String, Double> reachableWeight = new HashMap<>();
        double allKnown = question.knownWeight();
        var stored = searcher.storedFields();
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<Integer, Double> hit : bm25.entrySet()) {
            AnalyzedPassage analyzed = cache.passages.get(hit.getKey());
            if (analyzed == null) {
                analyzed = analyze(stored.document(hit.getKey()));
                cache.passages.put(hit.getKey(), analyzed);
            }
            Passage passage = analyzed.passage();
            String lang = passage.language();
            int matched = 0;
            double covered = 0;
            double bonus = 0;
            TermSequence wholeArticle = null;
            String searchable = KnowledgeIndex.searchable(passage);
            for (QuestionUnit unit : known) {
                // The article's title says what every passage of it is about ("Kampanye: langganan dan
                // penagihan"): a unit there ranks the article's passages up, never as evidence.
                List<String> inTitle = unit.matchedForm(lang, analyzed.title(), passage.searchTitle());
                if (inTitle != null) {
                    bonus += settings.titleBonus() * unit.weight * unit.factor(inTitle, lang);
                }
                // "Campaigns" in a Thai question names a product: the article whose variant writes the
                // concept as a name ("halaman Kampanye") is about it; the others only use the common word.
                if (unit.name && unit.word == null
                        && unit.matchedForm(lang, articleNames(searcher, cache, passage)) != null) {
                    bonus += settings.nameBonus() * unit.weight;
                }
                List<String> form = unit.matchedForm(lang, analyzed.terms(), searchable);
                if (form == null) {
                    // A passage deep in an article about a product is about that product even when it
                    // does not name it again: half the weight, for ranking only, never as evidence.
                    wholeArticle = wholeArticle != null ? wholeArticle : articleTerms(searcher, cache, passage);
                    List<String> inArticle = unit.matchedForm(lang, wholeArticle);
                    if (inArticle != null) {
                        bonus += weights.articleContext() * unit.weight * unit.factor(inArticle, lang);
                    }
                    continue;
                }
                matched++;
                // The asker's own words (or a name or number, which need no translation) are surer
                // evidence than a concept reached through the glossary in another language.
                double weight = unit.weight * unit.factor(form, lang);
                covered += weight;
                if (unit.matchedForm(lang, analyzed.heading(), searchable) != null) {
                    bonus += weights.heading() * weight;
                }
            }
            double total = reachableWeight.computeIfAbsent(lang,
                    l -> reachableWeight(searcher.getIndexReader(), known, l, question.language()));
            double coverage = total == 0 ? 0 : covered / total;
            // Ranking also counts what the passage covers of the whole question, so a passage in a
            // language that cannot hold half the question does not outrank one that holds all of it.
            // The asker's small words that no passage of this language holds (ไป, 表示, 입력) count only in part
            // against it, or a same-language passage of the wrong article wins on them alone.
            double against = total + weights.unreachableWord() * (allKnown - total);
            double ofQuestion = against == 0 ? 0 : covered / against;
            double numbers = !question.quantity() ? 0 : analyzed.money() ? weights.money() * settings.numberBonus()
                    : analyzed.hasNumber() ? settings.numberBonus() : 0;
            candidates.add(new Candidate(hit.getKey(), passage, matched, coverage,
                    (coverage + ofQuestion) / 2 + bonus / allKnown + weights.bm25() * hit.getValue() + numbers));
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
    static double reachableWeight(IndexReader reader, List<QuestionUnit> known, String language,
                                          String questionLanguage) {
        double weight = 0;
        for (QuestionUnit unit : known) {
            if (unit.word == null || language.equals(questionLanguage) || occursIn(reader, unit, language)) {
                weight += unit.weight;
            }
        }
        return weight;
    }

    private static boolean occursIn(IndexReader reader, QuestionUnit unit, String language) {
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

    /** One language's field: every unit in that language's terms, each counted once (its best form). */
    private Query fieldQuery(List<QuestionUnit> units, String language) {
        String field = LanguageAnalyzers.field(language);
        BooleanQuery.Builder inField = new BooleanQuery.Builder();
        int clauses = 0;
        for (QuestionUnit unit : units) {
            List<Query> alternatives = new ArrayList<>();
            for (List<String> form : unit.forms(language)) {
                alternatives.add(form.size() == 1 ? new TermQuery(new Term(field, form.get(0)))
                        : new PhraseQuery(1, field, form.toArray(String[]::new)));
            }
            if (!alternatives.isEmpty()) {
                inField.add(new DisjunctionMaxQuery(alternatives, (float) weights.formTieBreaker()),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : inField.build();
    }

    AnalyzedPassage analyze(Document doc) {
        // Prices are what billing questions ask for most: among numbers, an amount of money ranks higher.
        // Before the first heading, the article's title says what the passage is about.
        Passage passage = KnowledgeIndex.passage(doc);
        KnowledgeIndex.PassageTerms terms = terms(doc, passage);
        TermSequence searchable = TermSequence.of(terms.searchable());
        return new AnalyzedPassage(passage, searchable,
                TermSequence.of(passage.section().isEmpty() ? terms.title() : terms.section()),
                TermSequence.of(terms.title()),
                passage.text().codePoints().anyMatch(Character::isDigit),
                money.matcher(passage.text()).find(), statesPriceInWords(passage));
    }

    /**
     * Whether the passage's text states a price in words ("ฟรีตลอดไป", "free forever", "gratis"): a word of one
     * of {@code kb.price_word_concepts}. A tools table whose price column reads "free" answers how much one costs
     * as surely as "$199/month" does.
     */
    private boolean statesPriceInWords(Passage passage) {
        if (settings.priceWordConcepts().isEmpty()) {
            return false;
        }
        TermSequence text = TermSequence.of(analyzers.terms(passage.language(), passage.text()));
        for (String concept : settings.priceWordConcepts()) {
            for (List<String> form : glossary.terms(concept, passage.language())) {
                if (text.contains(form) && glossary.heldBy(concept, passage.language(), form, passage.text())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** As stored at ingest; analysed now for a passage indexed by a Tenure that did not store them. */
    private KnowledgeIndex.PassageTerms terms(Document doc, Passage passage) {
        KnowledgeIndex.PassageTerms stored = KnowledgeIndex.storedTerms(doc);
        return stored != null ? stored : KnowledgeIndex.terms(analyzers, passage);
    }

    /**
     * The terms of the words the passage's article variant writes as names inside its sentences ("halaman
     * Kampanye dengan"), read once per index version.
     */
    private TermSequence articleNames(IndexSearcher searcher, IndexVersionCache cache, Passage passage) {
        return cache.articleNames.computeIfAbsent(KnowledgeIndex.variant(passage.article(), passage.language()),
                variant -> {
                    List<String> terms = new ArrayList<>();
                    for (Document part : variantDocuments(searcher, variant)) {
                        terms.addAll(terms(part, KnowledgeIndex.passage(part)).names());
                    }
                    return TermSequence.of(terms);
                });
    }

    /** All terms of the passage's article variant (its title and every passage), read once per index version. */
    private TermSequence articleTerms(IndexSearcher searcher, IndexVersionCache cache, Passage passage) {
        return cache.articleTerms.computeIfAbsent(KnowledgeIndex.variant(passage.article(), passage.language()),
                variant -> {
                    List<String> terms = new ArrayList<>();
                    for (Document part : variantDocuments(searcher, variant)) {
                        terms.addAll(terms(part, KnowledgeIndex.passage(part)).searchable());
                    }
                    return TermSequence.of(terms);
                });
    }

    /** The documents of one article variant's passages, in index order. */
    private static List<Document> variantDocuments(IndexSearcher searcher, String variant) {
        try {
            List<Document> parts = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc doc : searcher.search(new TermQuery(new Term(KnowledgeIndex.VARIANT, variant)),
                    10_000).scoreDocs) {
                parts.add(stored.document(doc.doc));
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
