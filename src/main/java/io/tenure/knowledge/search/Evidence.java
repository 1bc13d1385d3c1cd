package io.tenure.knowledge.search;

import java.util.List;

/**
 * Whether the evidence is enough to answer, or the question is handed over to a person: the question
 * must be about things the help center knows (no unknown name, enough of its weight known), and one of
 * the first passages must cover enough of it.
 */
final class Evidence {
    private final RetrievalSettings settings;

    Evidence(RetrievalSettings settings) {
        this.settings = settings;
    }

    /** Why the question is out of scope before any passage is looked at, or null when it may be answered. */
    /** The question names something the help center never mentions: a positive sign it is about something else. */
    boolean namesSomethingUnknown(AnalyzedQuestion question) {
        return question.unknownName() && settings.unknownNameAbstains()
                || question.unknownObject() != null && settings.unknownObjectAbstains();
    }

    String declineBeforeSearch(AnalyzedQuestion question) {
        // A question naming something the help center never mentions ("Netflix", "iPhone") is about
        // that thing, however many billing words it shares with the articles.
        if (question.unknownName() && settings.unknownNameAbstains()) {
            return "names something the help center never mentions";
        }
        if (question.unknownObject() != null && settings.unknownObjectAbstains()) {
            return "asks about something the help center never mentions: " + question.unknownObject();
        }
        if (tooLittleKnown(question.known().size(), question.unknown(), settings.minKnownShare())) {
            return "too little of the question is known to the help center";
        }
        return null;
    }

    /**
     * Whether too little of a question is known to the help center to search it. A word the help center never
     * uses counts as an average known word (it may be off-topic, or just a word of a language the help center is
     * not written in: "company", "gather"), so the known words' weight cancels out and the share is one of
     * counts. Compared as counts the same question is judged the same whatever weights the index gives its
     * words (compared as a weight sum, a question right at the share was decided by how the sum rounded). At the
     * share exactly (2 units known of 5 against 0.4) the question is searched: the key names the least share
     * that is, and the decimal written in config is not exact in binary, hence the margin.
     */
    static boolean tooLittleKnown(int known, int unknown, double minKnownShare) {
        return known == 0 || known < minKnownShare * (known + unknown) - 1e-9;
    }

    /**
     * @param units how many of the question's units the help center uses at all: a question with one
     *              such unit needs one match (a word no passage holds cannot be matched anyway; whether
     *              there are too many of those is the known-share rule's to judge)
     */
    boolean strongEnough(Candidate candidate, int units) {
        return candidate.matched() >= Math.min(settings.minMatchedWords(), units)
                && candidate.coverage() >= settings.minMatchedShare();
    }

    /**
     * The best-ranked passage may win on words of the asker's own language while a passage a little
     * lower holds the question's concepts through the glossary: the evidence of the first few counts.
     */
    boolean answerable(List<Candidate> ranked, int units) {
        return ranked.stream().limit(settings.evidencePassages()).anyMatch(c -> strongEnough(c, units));
    }
}
