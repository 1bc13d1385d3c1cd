package io.tenure.knowledge.search;

import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.index.LanguageAnalyzers;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;

/**
 * Turns a question into units: the glossary concepts it mentions (one unit per stretch of text) and its
 * other words, after informal words are standardised and typos corrected; weighs each unit by its
 * rarity in the help center (0: never used) and notes what is written as a name.
 */
final class QueryAnalysis {
    private final Glossary glossary;
    private final LanguageAnalyzers analyzers;
    private final InformalRegister register;
    private final RetrievalWeights weights;
    private final QuestionObject object;

    QueryAnalysis(Glossary glossary, LanguageAnalyzers analyzers, InformalRegister register, RetrievalWeights weights,
                  QuestionObject object) {
        this.object = object;
        this.glossary = glossary;
        this.analyzers = analyzers;
        this.register = register;
        this.weights = weights;
    }

    AnalyzedQuestion analyze(IndexReader reader, Bridges bridges, String asked, String language) throws IOException {
        String text = bridges.correct(register.standardize(asked, language), language);
        List<QuestionUnit> units = units(text, language, bridges);
        Set<QuestionUnit> unwritten = unwrittenCompounds(reader, text, language, units, bridges);
        List<QuestionUnit> known = new ArrayList<>();
        int unknown = 0;
        boolean unknownName = false;
        for (QuestionUnit unit : units) {
            double weight = unwritten.contains(unit) ? 0 : inverseDocumentFrequency(reader, unit, language);
            if (weight > 0) {
                unit.weight = weight;
                known.add(unit);
            } else {
                unknown++;
                // A concept is known to the glossary whatever the help center says; only a word can be an
                // unknown name. A currency the glossary names ("Rupiah") is billing vocabulary, not another
                // product: the question is about the help center's billing currency.
                unknownName |= unit.name && unit.word != null && !isCurrency(unit.word);
            }
        }
        String unknownObject = unknownObject(reader, text, language, units);
        if (unknownObject == null) {
            unknownObject = object.unknown(text, language, units,
                    reader.getDocCount(LanguageAnalyzers.field(language)) > 0, unwritten);
        }
        return new AnalyzedQuestion(asked, text, language, units, known, unknown, unknownName,
                unknownObject, glossary.asksForQuantity(text, language));
    }

    /**
     * Thai words the tokenizer cuts into pieces the help center writes, though never together: "เครื่องบิน"
     * (aeroplane) is cut into เครื่อง (of เครื่องมือ, tool) and บิน (of สนามบิน, airport), and each piece then looks
     * known, and rare. Where the dictionary of Thai words (the JDK's, which keeps such compounds whole) reads
     * several of the question's word units as one word, and no passage holds those pieces side by side, the
     * pieces become that one word, which the help center never uses. Replaces the pieces in the list.
     *
     * @return the compounds the help center never writes
     */
    private Set<QuestionUnit> unwrittenCompounds(IndexReader reader, String text, String language,
                                                 List<QuestionUnit> units, Bridges bridges) throws IOException {
        if (!"th".equals(language)) {
            return Set.of();
        }
        Set<QuestionUnit> compounds = new HashSet<>();
        BreakIterator words = BreakIterator.getWordInstance(Locale.forLanguageTag("th"));
        words.setText(text);
        String field = LanguageAnalyzers.field(language);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE;
             start = end, end = words.next()) {
            List<QuestionUnit> pieces = piecesOf(units, start, end);
            if (pieces.size() < 2) {
                continue;
            }
            PhraseQuery.Builder together = new PhraseQuery.Builder();
            for (QuestionUnit piece : pieces) {
                for (String term : analyzers.terms(language, piece.word)) {
                    together.add(new Term(field, term));
                }
            }
            if (searcher.count(together.build()) > 0) {
                continue;
            }
            QuestionUnit compound = unit(Set.of(), text.substring(start, end), false, language, bridges);
            compound.start = start;
            compound.end = end;
            units.add(units.indexOf(pieces.get(0)), compound);
            units.removeAll(pieces);
            compounds.add(compound);
        }
        return compounds;
    }

    /**
     * The question's word units that make up exactly this stretch of Thai letters, in order; none when a
     * concept, a function word or anything else stands inside it (then it is no compound of content words).
     */
    private static List<QuestionUnit> piecesOf(List<QuestionUnit> units, int start, int end) {
        List<QuestionUnit> pieces = new ArrayList<>();
        int at = start;
        while (at < end) {
            int from = at;
            QuestionUnit next = units.stream().filter(u -> u.start == from).findFirst().orElse(null);
            if (next == null || next.isConcept() || next.end > end) {
                return List.of();
            }
            pieces.add(next);
            at = next.end;
        }
        boolean thai = pieces.stream().allMatch(u -> u.word.codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI));
        return thai ? pieces : List.of();
    }

    /**
     * The object of the question's concept when the help center never mentions it: a word no passage in
     * any language uses (nor its learned translation or Latin spelling) standing right before a glossary
     * concept in the same noun phrase ("넷플릭스 구독", "住民税"): the question is about a subscription, fee or
     * tax of something else. Judged only for a noun (as the analyzer tags it) in a language the help center
     * is written in, where a word it never uses says something.
     */
    private String unknownObject(IndexReader reader, String text, String language, List<QuestionUnit> units)
            throws IOException {
        if (!NOUN_TAGGED.contains(language) || reader.getDocCount(LanguageAnalyzers.field(language)) <= 0) {
            return null;
        }
        Set<Integer> nouns = new HashSet<>();
        Set<Integer> verbs = new HashSet<>();
        tagged(text, language, nouns, verbs);
        for (QuestionUnit unit : units) {
            if (unit.word == null || unit.weight > 0 || !nouns.contains(unit.start)
                    || !nouns.contains(-unit.end - 1)) {
                continue;
            }
            QuestionUnit next = null;
            for (QuestionUnit other : units) {
                if (other.start >= unit.end && (next == null || other.start < next.start)) {
                    next = other;
                }
            }
            if (next == null || next.word != null) {
                continue;
            }
            // A known noun before it in the same compound ("서비스 수준 비용") makes it that noun's attribute
            // (the level of the service): the bill is still the help center's, not another thing's.
            if (knownNeighbourBefore(text, language, unit, units)) {
                continue;
            }
            boolean samePhrase = sameCompound(text.substring(unit.end, next.start), language)
                    || "ja".equals(language) && "の".equals(text.substring(unit.end, next.start))
                    && billedCompound(next, units) && object.onlyGeneralVocabularyKnown(units);
            // The concept must be the phrase's noun, not a verb made of it ("금액이 청구되나요"): then the
            // word before it is what is billed, not whose bill it is.
            if (samePhrase && !verbs.contains(next.end)) {
                return unit.word + " " + text.substring(next.start, next.end);
            }
        }
        return null;
    }

    /**
     * Whether the compound of concepts starting at this unit ("月会費") names what is paid: "ジムの月会費" is the
     * gym's fee, while "長期の顧客" describes the customers.
     */
    private boolean billedCompound(QuestionUnit first, List<QuestionUnit> units) {
        QuestionUnit at = first;
        while (at != null && at.isConcept()) {
            if (object.billed(at)) {
                return true;
            }
            QuestionUnit current = at;
            at = units.stream().filter(u -> u.start == current.end).findFirst().orElse(null);
        }
        return false;
    }

    private boolean isCurrency(String word) {
        return glossary.currencyWords().stream().anyMatch(word::equalsIgnoreCase);
    }

    /** Whether a word or concept the help center uses stands right before the unit, in the same compound. */
    private static boolean knownNeighbourBefore(String text, String language, QuestionUnit unit,
                                                List<QuestionUnit> units) {
        QuestionUnit previous = null;
        for (QuestionUnit other : units) {
            if (other.end <= unit.start && (previous == null || other.end > previous.end)) {
                previous = other;
            }
        }
        return previous != null && previous.weight > 0
                && sameCompound(text.substring(previous.end, unit.start), language);
    }

    /**
     * One compound: in Korean the rest of the word (a suffix the analyzer split off: "장" of "헬스장")
     * and one space; in Japanese nothing between (住民税), since "の" makes an attribute ("長期の").
     */
    private static boolean sameCompound(String between, String language) {
        String rest = between.strip();
        return between.codePoints().filter(Character::isWhitespace).count() <= 1
                && rest.codePoints().allMatch(Character::isLetter)
                && rest.codePointCount(0, rest.length()) <= ("ja".equals(language) ? 0 : 1);
    }

    /**
     * How rare the unit is; 0: the help center never uses it. Concepts, and words found in passages of
     * another language than the question's (product names, numbers: "Octopus", "$49"), are counted over
     * all passages. A word found only in passages of the asker's own language is counted over those
     * passages: a common word of a small language variant ("多く" in the one Japanese article) then
     * weighs as little as it says, instead of looking rare next to passages that could never hold it.
     */
    private static double inverseDocumentFrequency(IndexReader reader, QuestionUnit unit, String questionLanguage)
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

    /**
     * Languages whose analyzers tag parts of speech (Nori, Kuromoji), so an object can be told from a verb
     * or an adverb before a concept ("끝난 후", "まだ 支払い"). Thai, Indonesian and English have no tagger
     * here, and the word before a noun there is as often a verb as a modifier.
     */
    private static final Set<String> NOUN_TAGGED = Set.of("ko", "ja");

    /**
     * Where the text's common and proper nouns start (n) and end (-n - 1), and where verb-making suffixes
     * start (하, 되, する), as the language's analyzer tags them (before its stop filter drops suffixes).
     */
    private void tagged(String text, String language, Set<Integer> starts, Set<Integer> verbs) {
        org.apache.lucene.analysis.Tokenizer tokenizer = "ko".equals(language)
                ? new org.apache.lucene.analysis.ko.KoreanTokenizer()
                : new org.apache.lucene.analysis.ja.JapaneseTokenizer(null, true,
                org.apache.lucene.analysis.ja.JapaneseTokenizer.Mode.SEARCH);
        tokenizer.setReader(new java.io.StringReader(text));
        try (org.apache.lucene.analysis.TokenStream stream = tokenizer) {
            var offset = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            var korean = stream.hasAttribute(org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute.class)
                    ? stream.getAttribute(org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute.class) : null;
            var japanese = stream.hasAttribute(org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute.class)
                    ? stream.getAttribute(org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute.class) : null;
            stream.reset();
            while (stream.incrementToken()) {
                boolean noun = false;
                boolean verb = false;
                if (korean != null && korean.getLeftPOS() != null) {
                    var tag = korean.getLeftPOS();
                    noun = tag == org.apache.lucene.analysis.ko.POS.Tag.NNG || tag == org.apache.lucene.analysis.ko.POS.Tag.NNP;
                    verb = tag == org.apache.lucene.analysis.ko.POS.Tag.XSV || tag == org.apache.lucene.analysis.ko.POS.Tag.VV
                            || tag == org.apache.lucene.analysis.ko.POS.Tag.VX;
                } else if (japanese != null && japanese.getPartOfSpeech() != null) {
                    String tag = japanese.getPartOfSpeech();
                    noun = tag.startsWith("名詞-一般") || tag.startsWith("名詞-固有名詞");
                    verb = tag.startsWith("動詞");
                }
                if (noun) {
                    starts.add(offset.startOffset());
                    starts.add(-offset.endOffset() - 1);
                }
                if (verb) {
                    verbs.add(offset.startOffset());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The glossary concepts of the text, one unit per stretch of text (overlapping mentions merge, so
     * a word that means two concepts counts once), then each remaining word once.
     */
    List<QuestionUnit> units(String text, String language, Bridges bridges) {
        List<QuestionUnit> units = new ArrayList<>();
        // "last month": when the asker speaks of, not what the answer must hold (a month, a billing date).
        List<Glossary.Mention> context = glossary.contextWords(text, language);
        List<Glossary.Mention> all = glossary.mentions(text, language).stream()
                .filter(m -> context.stream().noneMatch(m::overlaps)).toList();
        // The longest match wins: "tingkat churn" is churn, not also the tier its first word can mean.
        List<Glossary.Mention> mentions = all.stream().filter(m -> all.stream().noneMatch(other ->
                other.start() <= m.start() && m.end() <= other.end()
                        && other.end() - other.start() > m.end() - m.start())).toList();
        // A word asking for an amount ("กี่", "jumlah", "何日") asks, like "how": it is not what is asked about.
        List<Glossary.Mention> functionWords = new ArrayList<>(glossary.functionWords(text, language));
        functionWords.addAll(glossary.quantityWords(text, language));
        List<int[]> spans = new ArrayList<>();
        Set<String> group = new LinkedHashSet<>();
        int start = -1;
        int end = -1;
        for (Glossary.Mention mention : mentions) {
            if (start >= 0 && mention.start() >= end) {
                addConcepts(units, group, looksLikeName(text.substring(start, end), language, startsSentence(text, start)),
                        language, bridges, start, end);
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
            addConcepts(units, group, looksLikeName(text.substring(start, end), language, startsSentence(text, start)),
                    language, bridges, start, end);
            spans.add(new int[]{start, end});
        }
        Set<String> seen = new HashSet<>();
        for (LanguageAnalyzers.Token token : analyzers.tokens(language, text)) {
            boolean inConcept = spans.stream().anyMatch(span -> token.start() < span[1] && span[0] < token.end());
            boolean functionWord = functionWords.stream()
                    .anyMatch(w -> token.start() < w.end() && w.start() < token.end())
                    || context.stream().anyMatch(w -> token.start() < w.end() && w.start() < token.end());
            // "ActiveCampaign's": other languages' analyzers keep the English possessive on the name.
            String surface = text.substring(token.start(), token.end()).replaceFirst("['’][sS]$", "");
            // Korean and Japanese analyzers may read a word's surface differently on its own
            // ("하" of "하나요"): it is a function word if either reading is one.
            // Thai has no stop filter in the index (Lucene's list would cut compounds such as "การตั้งค่า"),
            // but in a question its function words (ไป, ถึง, ด้วย) carry no topic, as in the other languages.
            functionWord |= "th".equals(language) && THAI_STOP_WORDS.contains(token.term());
            functionWord |= glossary.isFunctionTerm(language, token.term())
                    || analyzers.terms(language, surface).stream().allMatch(t -> glossary.isFunctionTerm(language, t));
            // A lone CJK character split off by the analyzer ("中" of "トライアル中", "人" of "何人") is a
            // suffix or counter, not a topic; meaningful single characters (税, 月) are glossary words.
            boolean fragment = token.term().codePointCount(0, token.term().length()) == 1
                    && isCjk(token.term().codePointAt(0));
            if (!inConcept && !functionWord && !fragment && seen.add(token.term())) {
                // "I'm", "I've": a pronoun written with a capital is a function word, not a name.
                boolean pronoun = analyzers.terms(language, CONTRACTION.matcher(surface).replaceFirst(""))
                        .stream().allMatch(t -> glossary.isFunctionTerm(language, t));
                QuestionUnit unit = unit(Set.of(), surface,
                        !pronoun && looksLikeName(surface, language, startsSentence(text, token.start())),
                        language, bridges);
                unit.start = token.start();
                unit.end = token.start() + surface.length();
                units.add(unit);
            }
        }
        return units;
    }

    private QuestionUnit unit(Set<String> concepts, String word, boolean name, String language, Bridges bridges) {
        return new QuestionUnit(concepts, word, name, language, bridges, glossary, analyzers, weights);
    }

    private static final org.apache.lucene.analysis.CharArraySet THAI_STOP_WORDS =
            org.apache.lucene.analysis.th.ThaiAnalyzer.getDefaultStopSet();

    /** An English contraction after a word ("I'm", "I've", "we'll"). */
    private static final java.util.regex.Pattern CONTRACTION = java.util.regex.Pattern.compile("['’]\\p{L}{1,2}$");

    /**
     * Whether a word at this offset starts a sentence: nothing but spaces, quotes or brackets since the
     * text's start, a line break or the end of a sentence. "Normalnya" after "ditagih." is capitalised
     * for its place, not because it names something.
     */
    static boolean startsSentence(String text, int offset) {
        for (int at = offset - 1; at >= 0; at--) {
            char c = text.charAt(at);
            if (c == '\n' || ".!?。！？…".indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'“”‘’([«".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
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

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** A concept said twice ("hidden fees … hidden where") is one unit of the question. */
    private void addConcepts(List<QuestionUnit> units, Set<String> group, boolean name, String language,
                             Bridges bridges, int start, int end) {
        // Ordered, so every run builds the same query (Set.copyOf iterates in a random order).
        Set<String> concepts = Collections.unmodifiableSet(new LinkedHashSet<>(group));
        if (units.stream().noneMatch(u -> u.word == null && u.concepts.equals(concepts))) {
            QuestionUnit unit = unit(concepts, null, name, language, bridges);
            unit.start = start;
            unit.end = end;
            units.add(unit);
        }
    }
}
