package io.tenure.knowledge.search;

import io.tenure.knowledge.Glossary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The object of a question's billing words when the help center never mentions it: the thing whose
 * subscription, fee or cancellation is asked about ("my gym membership", "langganan gym saya",
 * "สมาชิกฟิตเนสของฉัน"). A question about another thing's bill shares billing words with every help
 * center; what it is about is the object, and a help center that never names the object, in any
 * language nor through anything it bridges to, does not cover it.
 *
 * <p>Without a part-of-speech tagger (English, Indonesian, Thai; Korean and Japanese compounds are
 * judged by their taggers in QueryAnalysis) the object is where a possessive points: the words it makes
 * the asker's own, after it in English, Korean and Japanese, before it in Indonesian and Thai, up to the
 * phrase's head concept. A word beside a concept alone says too little: "paid add-on", "kode aneh",
 * "ลบถาวร" are attributes, and a small variant of a help center does not use most everyday words. Only
 * beside a concept naming what is paid (a price, fee, subscription, bill), and only when all the help
 * center knows of the question is glossary concepts, is the word it is of read as the object ("biaya
 * langganan listrik", "ราคาทองคำ", "electricity bill"); and when all it knows is billed concepts, any word no
 * passage holds is ("how much does a plumber charge").
 */
final class QuestionObject {
    /** Languages whose noun phrases put the head first and what qualifies it after ("langganan gym"). */
    private static final Set<String> HEAD_FIRST = Set.of("id", "th");

    private final Glossary glossary;
    private final int phraseWords;
    private final Set<String> billedConcepts;
    private final int prefixConcepts;
    private final Map<String, Set<String>> billingPrefixes = new ConcurrentHashMap<>();

    /**
     * @param phraseWords the most words an object phrase may have (kb.object_phrase_words)
     * @param billedConcepts the concepts that name what is paid for something (kb.billed_concepts)
     * @param prefixConcepts how many billed concepts' words a piece must start to make billing words
     *                       (kb.weights.billing_prefix_concepts; 0: none)
     */
    QuestionObject(Glossary glossary, int phraseWords, Set<String> billedConcepts, int prefixConcepts) {
        this.glossary = glossary;
        this.phraseWords = phraseWords;
        this.billedConcepts = billedConcepts;
        this.prefixConcepts = prefixConcepts;
    }

    /**
     * Whether the unit names what is paid for something: a price, a fee, a subscription, a bill, or in a
     * head-first language the piece its billing words start with ("ค่า" of "ค่าตั๋ว", a ticket's fare).
     */
    boolean billed(QuestionUnit unit) {
        return unit.isConcept() ? unit.concepts.stream().anyMatch(billedConcepts::contains) : billingPrefix(unit);
    }

    /**
     * Whether the word is a piece the language makes billing words with: where the tokenizer cuts the glossary's
     * words (Thai "ค่า|ธรรมเนียม", "ค่า|บริการ", "ค่า|ใช้จ่าย"), a first piece starting words of several billed
     * concepts, with different pieces after it. Alone in a question it is the same billing word of something the
     * glossary does not list; "เรียก" always before "เก็บ" is only part of one word.
     */
    private boolean billingPrefix(QuestionUnit unit) {
        if (unit.isConcept() || !HEAD_FIRST.contains(unit.language)) {
            return false;
        }
        Set<String> prefixes = billingPrefixes.computeIfAbsent(unit.language, language -> {
            Map<String, Set<String>> concepts = new HashMap<>();
            Map<String, Set<String>> continuations = new HashMap<>();
            for (String concept : billedConcepts) {
                for (List<String> form : glossary.terms(concept, language)) {
                    if (form.size() >= 2 && !glossary.isFunctionTerm(language, form.get(0))) {
                        concepts.computeIfAbsent(form.get(0), k -> new HashSet<>()).add(concept);
                        continuations.computeIfAbsent(form.get(0), k -> new HashSet<>()).add(form.get(1));
                    }
                }
            }
            Set<String> found = new HashSet<>();
            concepts.forEach((piece, of) -> {
                if (prefixConcepts > 0 && of.size() >= prefixConcepts && continuations.get(piece).size() >= 2) {
                    found.add(piece);
                }
            });
            return Set.copyOf(found);
        });
        return prefixes.contains(unit.word.toLowerCase(Locale.ROOT));
    }

    /**
     * The question's object the help center never mentions, as written ("gym membership"), or null.
     *
     * @param units the question's units, weighed (0: no passage holds the unit nor anything it bridges to)
     */
    String unknown(String text, String language, List<QuestionUnit> units, boolean writtenInLanguage) {
        return unknown(text, language, units, writtenInLanguage, Set.of());
    }

    /**
     * @param unwritten the question's compounds whose pieces the help center writes, though never together
     *                  ("เครื่องบิน"): right after any concept of a head-first phrase ("ตั๋วเครื่องบิน") one is what the
     *                  concept is of, as a word the help center never uses is beside a billing word
     */
    String unknown(String text, String language, List<QuestionUnit> units, boolean writtenInLanguage,
                   Set<QuestionUnit> unwritten) {
        if (units.stream().noneMatch(QuestionUnit::isConcept)) {
            return null;
        }
        List<QuestionUnit> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparingInt(u -> u.start));
        boolean headFirst = HEAD_FIRST.contains(language);
        for (Glossary.Mention possessive : glossary.possessiveWords(text, language)) {
            List<QuestionUnit> phrase = headFirst
                    ? phraseBefore(text, ordered, possessive.start())
                    : phraseAfter(text, ordered, possessive.end());
            String object = unknownIn(text, phrase);
            if (object != null) {
                return object;
            }
        }
        if (knownOnlyAsABill(units)) {
            String object = unknownIn(text, ordered);
            if (object != null) {
                return object;
            }
        }
        return writtenInLanguage && onlyGeneralVocabularyKnown(units) ? unknownBesideBilled(text, language, ordered, unwritten) : null;
    }

    /**
     * Whether all the help center knows of the question is that something is paid: every unit it uses is a
     * billed concept ("how much", "charge", "price"). The question's other words then say what is paid for, and
     * a word no passage holds in any language, nor anything it bridges to, is a thing the help center never
     * mentions ("How much does a plumber charge per hour?"), whatever language it is asked in: it cannot say what
     * that thing costs. A question that also names anything else the help center uses (a renewal, a tier, the
     * product: "switch off auto-renewal so we don't get charged") is about the help center's own billing.
     */
    boolean knownOnlyAsABill(List<QuestionUnit> units) {
        List<QuestionUnit> known = units.stream().filter(u -> u.weight > 0).toList();
        return !known.isEmpty() && known.stream().allMatch(this::billed);
    }

    /**
     * Whether all the help center knows of the question is glossary concepts: the general vocabulary every
     * billing help center shares, no evidence it covers this particular thing. A word of its own it does use
     * ("ภายใน" beside "ใบแจ้งหนี้สุดท้าย") makes an unknown word beside a billing word an attribute it happens
     * not to write, not another thing's bill. A piece billing words are made of ("ค่า") is general vocabulary too.
     */
    boolean onlyGeneralVocabularyKnown(List<QuestionUnit> units) {
        return units.stream().noneMatch(u -> !u.isConcept() && u.weight > 0 && !billingPrefix(u));
    }

    /**
     * The word a billing word is of, in the same phrase: after it in Indonesian and Thai ("langganan listrik",
     * "ราคาทองคำ"), before it in English ("electricity bill"); Korean and Japanese compounds are QueryAnalysis's.
     */
    private String unknownBesideBilled(String text, String language, List<QuestionUnit> ordered,
                                       Set<QuestionUnit> unwritten) {
        if (!HEAD_FIRST.contains(language) && !"en".equals(language)) {
            return null;
        }
        boolean headFirst = HEAD_FIRST.contains(language);
        for (int i = 0; i < ordered.size(); i++) {
            QuestionUnit unit = ordered.get(i);
            boolean billed = billed(unit);
            if (!billed && !(headFirst && unit.isConcept())) {
                continue;
            }
            // Head first, the billing word may stand before other concepts of the same compound, and what they
            // are all of follows them: "ค่า|ตั๋ว|รถไฟ" is the fare of a train's ticket.
            QuestionUnit previous = unit;
            for (int j = headFirst ? i + 1 : i - 1; j >= 0 && j < ordered.size() && Math.abs(j - i) <= phraseWords;
                 j += headFirst ? 1 : -1) {
                QuestionUnit beside = ordered.get(j);
                String between = headFirst ? text.substring(previous.end, beside.start)
                        : text.substring(beside.end, previous.start);
                boolean samePhrase = "th".equals(language) ? between.isEmpty() : between.isBlank() && !between.isEmpty();
                if (!samePhrase) {
                    break;
                }
                if (!beside.isConcept() || !headFirst) {
                    String object = billed || unwritten.contains(beside) ? unknownIn(text, List.of(beside)) : null;
                    if (object != null) {
                        return object;
                    }
                    break;
                }
                previous = beside;
            }
        }
        return null;
    }

    /**
     * The units right after an offset, one phrase: nothing but spaces between them (a function word, a
     * particle or punctuation ends it), up to its head concept ("my gym membership", "내 헬스장").
     */
    private List<QuestionUnit> phraseAfter(String text, List<QuestionUnit> ordered, int from) {
        List<QuestionUnit> phrase = new ArrayList<>();
        int at = from;
        for (QuestionUnit unit : ordered) {
            if (unit.start < at) {
                continue;
            }
            if (!joins(text.substring(at, unit.start)) || phrase.size() >= phraseWords) {
                break;
            }
            phrase.add(unit);
            at = unit.end;
            if (unit.isConcept()) {
                break;
            }
        }
        return phrase;
    }

    /** The units right before an offset, nearest first, one phrase, back to its head concept ("langganan gym saya"). */
    private List<QuestionUnit> phraseBefore(String text, List<QuestionUnit> ordered, int to) {
        List<QuestionUnit> phrase = new ArrayList<>();
        int at = to;
        for (int i = ordered.size() - 1; i >= 0; i--) {
            QuestionUnit unit = ordered.get(i);
            if (unit.end > at) {
                continue;
            }
            if (!joins(text.substring(unit.end, at)) || phrase.size() >= phraseWords) {
                break;
            }
            phrase.add(unit);
            at = unit.start;
            if (unit.isConcept()) {
                break;
            }
        }
        return phrase;
    }

    /** What may stand between two words of one noun phrase: spaces, or an English possessive "'s". */
    private static boolean joins(String between) {
        return between.strip().isEmpty() || between.strip().matches("['’]s?");
    }

    /** The first word of the phrase no passage holds, nor anything it bridges to; numbers are not objects. */
    private static String unknownIn(String text, List<QuestionUnit> phrase) {
        for (QuestionUnit unit : phrase) {
            if (!unit.isConcept() && unit.weight <= 0
                    && unit.word.codePointCount(0, unit.word.length()) > 1
                    && unit.word.codePoints().noneMatch(Character::isDigit)) {
                return unit.word;
            }
        }
        return null;
    }
}
