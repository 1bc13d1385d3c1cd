package io.tenure.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * One Lucene analyzer per language, each passage indexed in the field of its own language: Nori for
 * Korean, Kuromoji for Japanese, the ICU tokenizer for Thai (it splits Thai words better than
 * ThaiAnalyzer), Indonesian and English stemmers, and ICU segmentation with folding for anything else.
 */
public final class LanguageAnalyzers {
    /** The languages with an analyzer of their own; every other language goes to {@link #OTHER}. */
    public static final List<String> LANGUAGES = List.of("en", "id", "ko", "ja", "th");
    public static final String OTHER = "other";

    /** Built on first use: a Korean or Japanese analyzer loads its dictionary (most of a second) on its first text. */
    private final Map<String, Analyzer> analyzers = new java.util.concurrent.ConcurrentHashMap<>();
    private final WordTerms words;
    private volatile Analyzer perField;

    /** Analyzers whose configuration words are analysed afresh in every process (evaluations, tests). */
    public LanguageAnalyzers() {
        this(null);
    }

    /**
     * @param wordTerms a file where the terms of configuration words are kept between processes
     *                  ({@link #wordTerms}), or null for none
     */
    public LanguageAnalyzers(java.nio.file.Path wordTerms) {
        this.words = new WordTerms(wordTerms);
    }

    private static Analyzer create(String language) {
        return switch (language) {
            case "en" -> new EnglishWords(IrregularForms.of("en"));
            case "id" -> new IndonesianAnalyzer();
            case "ko" -> new KoreanAnalyzer();
            case "ja" -> new JapaneseAnalyzer();
            // No Thai stop list: Lucene's drops content words too ("ตั้ง" of "การตั้งค่า", settings);
            // question words are left out by the glossary's function words instead.
            case "th" -> new IcuAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false, THAI_SPELLINGS);
            default -> new IcuAnalyzer(CharArraySet.EMPTY_SET, true, null);
        };
    }

    /** The languages that have a search field: the five we serve and {@link #OTHER}. */
    public static List<String> fieldLanguages() {
        List<String> all = new ArrayList<>(LANGUAGES);
        all.add(OTHER);
        return all;
    }

    /** The field a passage of this language is indexed in. */
    public static String field(String language) {
        return "body_" + (LANGUAGES.contains(language) || language.equals(OTHER) ? language : OTHER);
    }

    public Analyzer forLanguage(String language) {
        return analyzers.computeIfAbsent(LANGUAGES.contains(language) ? language : OTHER, LanguageAnalyzers::create);
    }

    /** For the index writer: each body field with its language's analyzer. */
    public synchronized Analyzer perField() {
        Analyzer wrapper = perField;
        if (wrapper == null) {
            Map<String, Analyzer> byField = new HashMap<>();
            for (String language : fieldLanguages()) {
                byField.put(field(language), forLanguage(language));
            }
            wrapper = new PerFieldAnalyzerWrapper(forLanguage(OTHER), byField);
            perField = wrapper;
        }
        return wrapper;
    }

    /**
     * {@link #terms} of a word of Tenure's configuration (a glossary or follow-up word), remembered in the
     * file given at construction: the same terms, without loading a language's dictionary to get them.
     * Questions and passages are analysed with {@link #terms}: they are new each time.
     */
    public List<String> wordTerms(String language, String word) {
        return words.terms(language, word, this::terms);
    }

    /** Names these analyzers' code and versions: what is analysed by one build is void for another. */
    public static String analysis() {
        return WordTerms.ANALYSIS;
    }

    /** Writes the configuration words analysed in this process to the file, when there were new ones. */
    public void rememberWordTerms() {
        words.save();
    }

    /** The words a language's analyzer drops as carrying no topic (English and Indonesian; none for the others). */
    public static Set<String> stopWords(String language) {
        CharArraySet words = switch (language) {
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "id" -> IndonesianAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
        Set<String> result = new java.util.HashSet<>();
        for (Object word : words) {
            result.add(word instanceof char[] chars ? new String(chars) : word.toString());
        }
        return Set.copyOf(result);
    }

    /**
     * Whether a word could be found in a language's field: false only when the field is Korean, Japanese or
     * Thai and the word is written wholly in another of their scripts (a katakana word cannot occur in Korean
     * or Thai passages). Names and numbers in Latin letters or digits occur in any language. Asking the
     * analyzer anyway loads a dictionary of several megabytes for nothing, which was a tenth of a
     * one-shot {@code ask}.
     */
    public static boolean canHold(String language, String word) {
        Set<Character.UnicodeScript> own = switch (language) {
            case "ko" -> Set.of(Character.UnicodeScript.HANGUL, Character.UnicodeScript.HAN);
            case "ja" -> Set.of(Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
                    Character.UnicodeScript.HAN);
            case "th" -> Set.of(Character.UnicodeScript.THAI);
            default -> null;
        };
        if (own == null) {
            return true;
        }
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (own.contains(script) || !ASIAN_SCRIPTS.contains(script)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<Character.UnicodeScript> ASIAN_SCRIPTS = Set.of(Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HAN,
            Character.UnicodeScript.THAI);

    /** The terms a text becomes in a language's field, in order (stop words dropped, stems kept). */
    public List<String> terms(String language, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = forLanguage(language).tokenStream(field(language), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** A term with where it came from in the text. */
    public record Token(String term, int start, int end) {
    }

    /** Like {@link #terms}, with each term's character offsets in the text. */
    public List<Token> tokens(String language, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = forLanguage(language).tokenStream(field(language), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /**
     * Thai written with look-alike sequences instead of the one letter: sara am as nikhahit and sara aa
     * ("จํานวน" for "จำนวน", common in exported and machine-made Thai) and sara ae as two sara e ("เเ" for
     * "แ"). They look the same on screen, but the segmenter's dictionary knows only the one letter, so
     * "ลดจํานวน" became "ลดจํา | นวน" and "reduce" (ลด) was lost. Both are read as the letter they stand for.
     */
    private static final NormalizeCharMap THAI_SPELLINGS = thaiSpellings();

    private static NormalizeCharMap thaiSpellings() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add("\u0E4D\u0E32", "\u0E33");
        map.add("\u0E40\u0E40", "\u0E41");
        return map.build();
    }

    /**
     * Lucene's English analysis (possessives, lower case, stop words, Porter stemming) with irregular forms read
     * as their dictionary form before stemming: "bought" is "buy", as the glossary's purchase concept writes it.
     */
    static final class EnglishWords extends Analyzer {
        private final Map<String, String> irregular;

        EnglishWords(Map<String, String> irregular) {
            this.irregular = irregular;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new IrregularForms.Filter(stream, irregular);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** ICU word segmentation (dictionary-based for Thai), lower case, optional stop words and folding. */
    static final class IcuAnalyzer extends Analyzer {
        private final CharArraySet stopWords;
        private final boolean fold;
        private final NormalizeCharMap spellings;

        /** @param spellings look-alike letter sequences read as the one letter they stand for, or null */
        IcuAnalyzer(CharArraySet stopWords, boolean fold, NormalizeCharMap spellings) {
            this.stopWords = stopWords;
            this.fold = fold;
            this.spellings = spellings;
        }

        @Override
        protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            return spellings == null ? reader : new MappingCharFilter(spellings, reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            if (!stopWords.isEmpty()) {
                stream = new StopFilter(stream, stopWords);
            }
            if (fold) {
                // Accent folding helps unknown Latin-script languages; it would strip Thai tone marks.
                stream = new ICUFoldingFilter(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
