package io.tenure.knowledge.search;

import java.util.List;

/**
 * A question as the retriever searches it.
 *
 * @param asked the text as asked
 * @param text the text as searched (informal words standardised, typos corrected)
 * @param units every unit of the question
 * @param known the units the help center uses somewhere, each with its weight
 * @param unknown how many units the help center never uses
 * @param unknownName whether an unknown unit is written as a name ("Netflix")
 * @param unknownObject the unknown object of one of its concepts ("gym membership"), or null
 * @param quantity whether the question asks for an amount
 */
record AnalyzedQuestion(String asked, String text, String language, List<QuestionUnit> units,
                        List<QuestionUnit> known, int unknown, boolean unknownName, String unknownObject, boolean quantity) {
    double knownWeight() {
        return known.stream().mapToDouble(u -> u.weight).sum();
    }
}
