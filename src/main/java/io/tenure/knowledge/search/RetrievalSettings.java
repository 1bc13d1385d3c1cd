package io.tenure.knowledge.search;

/**
 * When the evidence is strong enough to answer (from the {@code kb} section).
 *
 * @param minKnownShare share of the question's words (or glossary concepts) that occur anywhere in the
 *                      help center; below it the question is about something else
 * @param minMatchedShare share of those known words the best passage contains
 * @param minMatchedWords fewest question words the best passage must contain (fewer when the question
 *                        has fewer known words)
 * @param candidates how many passages the index returns for re-ranking
 * @param evidencePassages how many of the best-ranked passages are looked at for one that meets the two
 *                         rules above
 * @param numberBonus added to the ranking score of a passage holding a number when the question asks
 *                    for an amount (how much, berapa, 얼마, いくら, เท่าไหร่)
 * @param unknownNameAbstains whether a question naming something no passage mentions (a capitalised
 *                            word, or Latin letters in Korean, Japanese or Thai text) is handed over
 * @param titleBonus ranking only: the share of a unit's weight a passage earns when the unit is in its
 *                   article's title
 * @param nameBonus ranking only: the share of a concept's weight a passage earns when the question writes
 *                  the concept as a name ("Campaigns" in Thai text) and the passage's article variant
 *                  writes it as one too (capitalised inside a sentence: "halaman Kampanye")
 * @param lexiconMinScore the lowest alignment score (Dice, 0..1) a learned translation needs to be used
 * @param weights how much each kind of match counts
 * @param unknownObjectAbstains whether a question whose concept has an object no passage mentions in any
 *                              language ("gym membership", "넷플릭스 구독") is handed over
 * @param objectPhraseWords the most words read as one object phrase after a possessive or beside a
 *                          concept ("my gym membership": gym, membership)
 * @param billedConcepts the glossary concepts that name what is paid for something (price, fee, subscription,
 *                       bill): the word they are of in the same phrase is the question's object ("biaya
 *                       langganan listrik", "ราคาทองคำ", "ジムの月会費")
 * @param priceWordConcepts the glossary concepts whose words state a price without a number (free, gratis, 무료,
 *                          ฟรี): for a question asking for an amount, a passage holding one of their words holds an
 *                          amount of money, as one with a currency sign does
 */
public record RetrievalSettings(double minKnownShare, double minMatchedShare, int minMatchedWords, int candidates,
                                int evidencePassages, double numberBonus,
                                boolean unknownNameAbstains, double titleBonus, double nameBonus,
                                double lexiconMinScore, RetrievalWeights weights,
                                boolean unknownObjectAbstains, int objectPhraseWords,
                                java.util.Set<String> billedConcepts, java.util.Set<String> priceWordConcepts) {
}
