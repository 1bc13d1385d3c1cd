package io.tenure.knowledge.search;

import io.tenure.knowledge.index.KnowledgeIndex;
import io.tenure.knowledge.ingest.Passage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * Keeps the ranking but quotes each article in one language: the asker's when the article has a
 * variant in it (its best matching passages take the place of the other language's), else the language
 * of the article's best passage, so one passage is not shown in three translations.
 */
final class LanguageChoice {
    private final CandidateScoring scoring;
    private final Evidence evidence;

    LanguageChoice(CandidateScoring scoring, Evidence evidence) {
        this.scoring = scoring;
        this.evidence = evidence;
    }

    /** The passages to show, best first, each article in one language. */
    List<Candidate> choose(IndexSearcher searcher, IndexVersionCache cache, List<Candidate> ranked,
                  AnalyzedQuestion question, String language, int limit) {
        List<Candidate> shown = new ArrayList<>();
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
                    List<Candidate> variant = variant(searcher, cache, passage.article(), language, question);
                    // An article the asker can read in their own language is quoted in it: when no passage of
                    // that variant matches well enough alone (the question was found through a translation),
                    // the one at the same place in the article stands in for the passage found.
                    if (variant.isEmpty()) {
                        variant = samePlace(searcher, cache, passage, language, candidate);
                    }
                    if (!variant.isEmpty()) {
                        chosen = language;

                        for (Candidate own : variant) {
                            if (shown.size() < limit && keys.add(own.key())) {
                                shown.add(new Candidate(own.doc(), own.passage(), own.matched(), own.coverage(),
                                        candidate.score()));
                            }
                        }
                    }
                }
                quotedIn.put(passage.article(), chosen);
            }
            if (passage.language().equals(chosen) && shown.size() < limit && keys.add(candidate.key())) {
                shown.add(candidate);
            }
        }
        return shown;
    }

    /** The passage of the asker's variant at the candidate's place in the article, if it has that variant. */
    private static List<Candidate> samePlace(IndexSearcher searcher, IndexVersionCache cache, Passage passage,
                                             String language, Candidate candidate) {
        List<Passage> own = PassageChoice.ordered(searcher, cache,
                KnowledgeIndex.variant(passage.article(), language));
        Passage there = passage.ordinal() < own.size() ? own.get(passage.ordinal()) : null;
        return there == null ? List.of()
                : List.of(new Candidate(-1, there, candidate.matched(), candidate.coverage(), candidate.score()));
    }

    /**
     * Every passage of an article variant that matches any of the question's units, best first, however
     * many: passage choice looks past the first few of a long article.
     */
    List<Candidate> everyMatch(IndexSearcher searcher, IndexVersionCache cache, String article, String language,
                               AnalyzedQuestion question) {
        try {
            int passages = searcher.getIndexReader().docFreq(new Term(KnowledgeIndex.VARIANT,
                    KnowledgeIndex.variant(article, language)));
            return passages == 0 ? List.of()
                    : scoring.candidates(searcher, cache, question, article, language, passages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The asker's-language variant's passages that match the question well enough, best first. */
    List<Candidate> variant(IndexSearcher searcher, IndexVersionCache cache, String article, String language,
                                    AnalyzedQuestion question) {
        try {
            if (searcher.getIndexReader().docFreq(new Term(KnowledgeIndex.VARIANT,
                    KnowledgeIndex.variant(article, language))) == 0) {
                return List.of();
            }
            int units = question.known().size();
            return scoring.candidates(searcher, cache, question, article, language).stream()
                    .filter(c -> evidence.strongEnough(c, units)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
