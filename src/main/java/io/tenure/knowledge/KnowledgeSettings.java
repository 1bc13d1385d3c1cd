package io.tenure.knowledge;

import io.tenure.config.ConfigException;
import io.tenure.knowledge.search.RetrievalSettings;
import io.tenure.knowledge.search.RetrievalWeights;

/**
 * The {@code kb} section.
 *
 * @param dir the help-center folder to answer from; empty for the bundled demo help center
 * @param glossary a user's glossary file extending the bundled one; empty for the bundled one alone
 * @param messages the file of lead-in and abstention sentences per language
 * @param maxFileBytes larger files are skipped (and reported) at ingest
 * @param passageChars the passage length aimed for when cutting articles, in characters
 * @param maxPassages how many passages an answer quotes at most
 * @param minKnownShare see {@link RetrievalSettings}
 * @param minMatchedShare see {@link RetrievalSettings}
 * @param minMatchedWords see {@link RetrievalSettings}
 * @param candidates see {@link RetrievalSettings}
 * @param evidencePassages see {@link RetrievalSettings}
 * @param numberBonus see {@link RetrievalSettings}
 * @param unknownNameAbstains see {@link RetrievalSettings}
 * @param titleBonus see {@link RetrievalSettings}
 * @param nameBonus see {@link RetrievalSettings}
 * @param allowedLinkDomains domains (and their subdomains) articles may link to; a link elsewhere is
 *                           reported at ingest and refused by {@code kb ingest --strict}; empty: any
 * @param lexiconMinScore see {@link RetrievalSettings}
 * @param weights see {@link RetrievalWeights}; absent: the defaults
 * @param unknownObjectAbstains see {@link RetrievalSettings}
 * @param objectPhraseWords see {@link RetrievalSettings}; absent: 3
 * @param billedConcepts see {@link RetrievalSettings}; absent: price, fee, cost, subscription, billing, charge, invoice
 * @param priceWordConcepts see {@link RetrievalSettings}; absent: free
 */
public record KnowledgeSettings(String dir, String glossary, String messages, long maxFileBytes, int passageChars,
                                int maxPassages, double minKnownShare, double minMatchedShare, int minMatchedWords,
                                int candidates, int evidencePassages, double numberBonus,
                                boolean unknownNameAbstains, double titleBonus, double nameBonus,
                                java.util.List<String> allowedLinkDomains, double lexiconMinScore,
                                RetrievalWeights weights, boolean unknownObjectAbstains,
                                int objectPhraseWords, java.util.List<String> billedConcepts,
                                java.util.List<String> priceWordConcepts) {
    public KnowledgeSettings {
        allowedLinkDomains = allowedLinkDomains == null ? java.util.List.of() : java.util.List.copyOf(allowedLinkDomains);
        weights = weights == null ? RetrievalWeights.defaults() : weights;
        lexiconMinScore = lexiconMinScore <= 0 ? 0.3 : lexiconMinScore;
        objectPhraseWords = objectPhraseWords <= 0 ? 3 : objectPhraseWords;
        billedConcepts = billedConcepts == null
                ? java.util.List.of("price", "fee", "cost", "subscription", "billing", "charge", "invoice")
                : java.util.List.copyOf(billedConcepts);
        priceWordConcepts = priceWordConcepts == null ? java.util.List.of("free") : java.util.List.copyOf(priceWordConcepts);
        if (maxPassages < 1 || candidates < maxPassages) {
            throw new ConfigException("kb.max_passages must be at least 1 and kb.candidates at least as large");
        }
        if (evidencePassages < 1 || evidencePassages > candidates) {
            throw new ConfigException("kb.evidence_passages must be between 1 and kb.candidates");
        }
        if (maxFileBytes < 1 || passageChars < 100) {
            throw new ConfigException("kb.max_file_bytes must be positive and kb.passage_chars at least 100");
        }
    }

    public RetrievalSettings retrieval() {
        return new RetrievalSettings(minKnownShare, minMatchedShare, minMatchedWords, candidates, evidencePassages, numberBonus,
                unknownNameAbstains, titleBonus, nameBonus, lexiconMinScore, weights,
                unknownObjectAbstains, objectPhraseWords, java.util.Set.copyOf(billedConcepts),
                java.util.Set.copyOf(priceWordConcepts));
    }
}
