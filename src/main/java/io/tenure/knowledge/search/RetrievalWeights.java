package io.tenure.knowledge.search;

/**
 * The ranking's weights (the {@code kb.weights} section): how much each kind of match counts. Evidence
 * is a unit's rarity times the weight of the way it was matched; ranking adds the bonuses.
 *
 * @param translatedConcept a glossary concept matched in another language than the asker's
 * @param lexicon a word matched through the help center's learned lexicon (below the glossary's weight)
 * @param transliteration a word matched through its Latin spelling (ペイパル, 페이팔 and PayPal)
 * @param typo a word matched as the nearest spelling the help center uses ("cancle": cancel)
 * @param articleContext ranking only: a unit found elsewhere in the passage's article variant
 * @param heading ranking only: a unit in the passage's heading
 * @param bm25 ranking only: the share of the field's normalised BM25 score added to break ties
 * @param core passage choice only: inside an article, what a passage earns for holding the amount a
 *             question asks for (a number followed by the thing counted), and again under a heading that
 *             asks for an amount itself
 * @param lexiconPivot a lexicon translation learned through a third language, as a share of a direct one
 * @param money ranking only: how many times the number bonus a passage holding an amount of money earns
 * @param formTieBreaker inside one field, how much a unit's other matching forms add to its best (BM25)
 * @param fusionRankOffset with translations: the k of reciprocal-rank fusion, 1 / (k + rank)
 * @param fusionQuorum with translations, when the asked version lacks the evidence to answer: how many
 *                     translations must have it (one alone answered off-topic questions by luck)
 * @param mergeShortChars a passage shown shorter than this (characters) takes the next passage under its
 *                        heading: a line between two headings rarely answers alone
 * @param mergeMaxChars the longest a passage shown with the ones after it may grow (characters)
 * @param unreachableWord ranking only: the share of its weight at which a word of the question that no
 *                        passage of a language holds (a small word of the asker's own language) counts
 *                        against a passage in that language, in the passage's share of the whole question
 * @param attribute passage choice only: inside an article, what a passage earns for holding the kind of answer
 *                  a question asks for besides an amount (a date or time span for "when", a frequency for "how
 *                  often", a page or menu for "where", a role for "who"), in full from
 *                  two of the kind's answer words
 * @param themeEvidence passage choice only: inside an article found for the question, the share of its weight at
 *                      which a unit the article is about (in its title, or held by theme_share of its passages)
 *                      counts as the evidence of a passage that does not repeat it (0: never)
 * @param themeShare the share of an article's passages that must hold a unit for the article to be about it
 * @param mergeSiblingChars passage choice only: a passage shown takes the passages after it under the same
 *                          heading while together at most this many characters (0: never)
 * @param amountNear passage choice only, for a question asking for an amount: inside an article, what a passage
 *                   earns for an amount written beside the question's words, times the share of the question's
 *                   weight (of what the article's language can hold) standing within amount_window terms of it
 * @param amountWindow how many terms before or after an amount count as beside it
 * @param loanwordMinSyllables the fewest syllables (vowel groups of its Latin spelling) a Hangul, katakana or Thai word
 *                             of a question must have to meet a word in another of these scripts (프리미엄 / พรีเมียม):
 *                             with no Latin form between them, a shorter word (a Nori fragment, a native two-syllable
 *                             word) meets unrelated words by chance
 * @param loanwordMinConsonants the fewest consonants the two words' shared skeleton must have (p-l-m-m); 0: never
 * @param procedureFocusShare passage choice only, for a question asking how to do something: a unit of the
 *                            question held by at most this share of an article's passages is what the question
 *                            asks about inside the article; the article's steps earn the steps kind's
 *                            attribute only when they hold every such unit (steps for what was asked)
 * @param fusionDepth with translations: how many of each version's first places vote in the fusion (a passage's
 *                    language variants take one place; 0: every passage strong enough); with k = 60, a passage far
 *                    down several lists otherwise outvotes the first of one
 * @param fusionAskedWeight with translations: the weight of the asker's own version's vote, a translation's being 1
 * @param measureEvidence passage choice only, for a question asking for a measure (how long, what percentage): inside
 *                        an article, the share of the measure's concept's weight at which a passage stating an amount
 *                        in the measure's units ("15 สัปดาห์") holds that concept, though it does not name it (0: never)
 * @param billingPrefixConcepts in a language whose tokenizer cuts glossary words into pieces (Thai), a first piece
 *                              that starts words of at least this many billed concepts, with different pieces after
 *                              it (ค่า of ค่าธรรมเนียม, ค่าบริการ, ค่าใช้จ่าย), is how the language makes a billing
 *                              word: standing alone in a question ("ค่าตั๋ว…") it names what is paid for what follows
 *                              (0: never)
 * @param fusionInsideArticle passage choice only, with translations: 1 to choose the passages of an article written
 *                            in a language the question was translated into by fusing the asked question's order of
 *                            them with that translation's (reciprocal rank, as the articles are fused); 0: the asked
 *                            question's order alone
 */
public record RetrievalWeights(double translatedConcept, double lexicon, double transliteration, double typo,
                               double articleContext, double heading, double bm25, double core,
                               double lexiconPivot, double money, double formTieBreaker, double fusionRankOffset,
                               double mergeShortChars, double mergeMaxChars, double unreachableWord,
                               double fusionQuorum, double attribute, double themeEvidence, double themeShare,
                               double mergeSiblingChars, double amountNear, double amountWindow,
                               double loanwordMinSyllables, double loanwordMinConsonants,
                               double procedureFocusShare, double fusionDepth, double fusionAskedWeight,
                               double measureEvidence, double billingPrefixConcepts,
                               double fusionInsideArticle) {
    public static RetrievalWeights defaults() {
        return new RetrievalWeights(0.9, 0.6, 0.7, 0.8, 0.5, 0.25, 0.1, 0.2, 0.8, 2.0, 0.1, 60, 250, 1000, 0.5, 2, 0.3, 1.0, 0.5, 800, 0.5, 4, 3, 4, 0.25,
                3, 1.5, 1.0, 2, 1);
    }
}
