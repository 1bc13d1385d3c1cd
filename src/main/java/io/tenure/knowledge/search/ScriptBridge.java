package io.tenure.knowledge.search;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Meets a loanword or a name written in Hangul, katakana or Thai script with its Latin spelling in the
 * help center (페이팔 / ペイパル / PayPal, 마이크로소프트 / Microsoft, ライセンス / license): both are
 * transliterated to Latin letters (ICU) and reduced to a consonant skeleton, which survives the vowels
 * and the extra syllables that Korean, Japanese and Thai spelling adds to a foreign word. The same loanword
 * borrowed by two of these scripts meets likewise (프리미엄 / พรีเมียม).
 */
public final class ScriptBridge {
    /** Built on first use (ICU's rules for every script: a fifth of a second), never for a Latin-script question. */
    private static final class Latin {
        static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    }

    /** Skeletons shorter than this match too many unrelated words. */
    private static final int MIN_SKELETON = 3;
    /** From this length on, one consonant may differ (넷플릭스 "nespeullikseu" / Netflix). */
    private static final int FUZZY_SKELETON = 5;
    /** A syllable of a Latin spelling, as {@link #syllables} counts them. */
    private static final java.util.regex.Pattern VOWEL_GROUP = java.util.regex.Pattern.compile("[aeiouy]+");

    /** Latin words of the help center by skeleton; its katakana words, and all its Hangul, katakana and Thai words. */
    private final Map<String, List<String>> latin = new HashMap<>();
    private final Map<String, List<String>> katakana = new HashMap<>();
    private final Map<String, List<String>> foreign;

    /**
     * @param terms the help center's index terms: Latin ones are matched from Hangul, katakana or Thai
     *              question words, katakana ones from Latin question words, Hangul, katakana and Thai ones
     *              from a question word in another of these scripts
     */
    public ScriptBridge(Set<String> terms) {
        this(terms, foreign(terms));
    }

    /**
     * @param foreign {@link #foreign} of the same terms, as an earlier process worked them out
     */
    public ScriptBridge(Set<String> terms, Map<String, List<String>> foreign) {
        for (String term : terms) {
            if (isLatinWord(term)) {
                String skeleton = skeleton(term, false);
                if (skeleton.length() >= MIN_SKELETON) {
                    latin.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(term);
                }
            }
        }
        this.foreign = foreign;
        foreign.forEach((skeleton, words) -> words.stream().filter(ScriptBridge::isKatakana)
                .forEach(word -> katakana.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(word)));
    }

    /**
     * The Hangul, katakana and Thai terms by skeleton: transliterating them is what costs, so the result is
     * kept with the index.
     */
    public static Map<String, List<String>> foreign(Set<String> terms) {
        Map<String, List<String>> foreign = new HashMap<>();
        for (String term : terms) {
            if (!isLatinWord(term) && term.codePointCount(0, term.length()) >= 2
                    && term.codePoints().allMatch(ScriptBridge::bridgeable)) {
                String skeleton = skeleton(Latin.TO_LATIN.transliterate(term), isThai(term));
                if (skeleton.length() >= MIN_SKELETON) {
                    foreign.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(term);
                }
            }
        }
        return foreign;
    }

    /**
     * The help center's words in another of the Hangul, katakana and Thai scripts that a question's word in one
     * of them spells alike: the same loanword borrowed twice (프리미엄 / พรีเมียม / プレミアム), met through their
     * Latin spellings with no Latin form between them. Two spellings of a foreign word each add vowels and drop
     * sounds, so only the same skeleton counts (no consonant may differ), and only for a word long enough not to
     * be a fragment: a Nori split or a native two-syllable word ("통신", t-n-k-s-n) meets native Thai words by chance.
     *
     * @param minSyllables the fewest vowel groups the question word's Latin spelling must have
     * @param minConsonants the fewest consonants the shared skeleton must have
     */
    public List<String> inOtherScript(String word, int minSyllables, int minConsonants) {
        if (minConsonants <= 0 || word.codePointCount(0, word.length()) < 2
                || !word.codePoints().allMatch(ScriptBridge::bridgeable)) {
            return List.of();
        }
        String latinSpelling = Latin.TO_LATIN.transliterate(word);
        String skeleton = skeleton(latinSpelling, isThai(word));
        if (skeleton.length() < Math.max(MIN_SKELETON, minConsonants) || syllables(latinSpelling) < minSyllables) {
            return List.of();
        }
        Character.UnicodeScript own = script(word);
        List<String> found = new ArrayList<>();
        for (String other : foreign.getOrDefault(skeleton, List.of())) {
            if (script(other) != own) {
                found.add(other);
            }
        }
        return found;
    }

    /** Vowel groups of a Latin spelling ("peulimieom": eu, i, ieo), as many as the word's syllables or fewer. */
    static int syllables(String latinSpelling) {
        return (int) VOWEL_GROUP.matcher(latinSpelling.toLowerCase(java.util.Locale.ROOT)).results().count();
    }

    /** The words under this skeleton, or under one a consonant away when none and the skeleton is long enough. */
    private static List<String> similar(Map<String, List<String>> vocabulary, String skeleton) {
        List<String> found = new ArrayList<>(vocabulary.getOrDefault(skeleton, List.of()));
        if (found.isEmpty() && skeleton.length() >= FUZZY_SKELETON) {
            vocabulary.forEach((other, words) -> {
                if (Math.abs(other.length() - skeleton.length()) <= 1 && Spelling.distance(other, skeleton) <= 1) {
                    found.addAll(words);
                }
            });
        }
        return found;
    }

    /** The help center's words that a question's word may be another script's spelling of. */
    public List<String> matches(String word) {
        boolean fromLatin = isLatinWord(word.toLowerCase(java.util.Locale.ROOT));
        boolean thai = isThai(word);
        if (!fromLatin && !word.codePoints().allMatch(ScriptBridge::bridgeable)) {
            return List.of();
        }
        String skeleton = skeleton(fromLatin ? word.toLowerCase(java.util.Locale.ROOT) : Latin.TO_LATIN.transliterate(word), thai);
        if (skeleton.length() < MIN_SKELETON) {
            return List.of();
        }
        return similar(fromLatin ? katakana : latin, skeleton);
    }

    /**
     * Consonants as a foreign word's spelling keeps them: sounds that scripts write alike meet (f/p,
     * v/b/p, r/l, c/k/g/q, d/t, z/j/s), vowels and glides drop, doubled letters count once.
     */
    static String skeleton(String latinText, boolean thai) {
        String s = latinText.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        if (thai) {
            // ISO 11940 writes the vowel carrier อ as x.
            s = s.replace("x", "");
        }
        s = s.replaceAll("(.)\\1", "$1");
        s = s.replace("ph", "p").replace("th", "t").replace("kh", "k").replace("sh", "s").replace("ch", "c")
                .replace("ck", "k").replace("x", "ks").replaceAll("c(?=[eiy])", "s");
        StringBuilder out = new StringBuilder();
        char previous = 0;
        for (char c : s.toCharArray()) {
            char mapped = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h' -> 0;
                case 'f', 'v', 'b' -> 'p';
                case 'r' -> 'l';
                case 'c', 'g', 'q' -> 'k';
                case 'd' -> 't';
                case 'z', 'j' -> 's';
                default -> c;
            };
            // Only neighbours merge ("ck", "ph" done above): p-a-p in "paypal" is two consonants.
            if (mapped != 0 && previous != mapped) {
                out.append(mapped);
            }
            previous = mapped;
        }
        return out.toString();
    }

    private static boolean isLatinWord(String term) {
        return term.length() >= 3 && term.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static boolean isKatakana(String term) {
        return term.codePointCount(0, term.length()) >= 2 && term.codePoints().allMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || c == 'ー');
    }

    private static boolean isThai(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
    }

    /** The script of a Hangul, katakana or Thai word (the long vowel mark ー counts as katakana). */
    private static Character.UnicodeScript script(String word) {
        return isThai(word) ? Character.UnicodeScript.THAI
                : word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)
                ? Character.UnicodeScript.HANGUL : Character.UnicodeScript.KATAKANA;
    }

    private static boolean bridgeable(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI || c == 'ー';
    }
}
