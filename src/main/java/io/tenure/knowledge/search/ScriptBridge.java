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
 * and the extra syllables that Korean, Japanese and Thai spelling adds to a foreign word.
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

    /** Latin words of the help center by skeleton, and words in other scripts by skeleton. */
    private final Map<String, List<String>> latin = new HashMap<>();
    private final Map<String, List<String>> foreign;

    /**
     * @param terms the help center's index terms: Latin ones are matched from Hangul, katakana or Thai
     *              question words, katakana ones from Latin question words
     */
    public ScriptBridge(Set<String> terms) {
        this(terms, katakana(terms));
    }

    /**
     * @param katakana {@link #katakana} of the same terms, as an earlier process worked them out
     */
    public ScriptBridge(Set<String> terms, Map<String, List<String>> katakana) {
        for (String term : terms) {
            if (isLatinWord(term)) {
                String skeleton = skeleton(term, false);
                if (skeleton.length() >= MIN_SKELETON) {
                    latin.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(term);
                }
            }
        }
        this.foreign = katakana;
    }

    /** The katakana terms by skeleton: transliterating them is what costs, so the result is kept with the index. */
    public static Map<String, List<String>> katakana(Set<String> terms) {
        Map<String, List<String>> foreign = new HashMap<>();
        for (String term : terms) {
            if (!isLatinWord(term) && isKatakana(term)) {
                String skeleton = skeleton(Latin.TO_LATIN.transliterate(term), false);
                if (skeleton.length() >= MIN_SKELETON) {
                    foreign.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(term);
                }
            }
        }
        return foreign;
    }

    /** The help center's words that a question's word may be another script's spelling of. */
    public List<String> matches(String word) {
        boolean fromLatin = isLatinWord(word.toLowerCase(java.util.Locale.ROOT));
        boolean thai = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.THAI);
        if (!fromLatin && !word.codePoints().allMatch(ScriptBridge::bridgeable)) {
            return List.of();
        }
        String skeleton = skeleton(fromLatin ? word.toLowerCase(java.util.Locale.ROOT) : Latin.TO_LATIN.transliterate(word), thai);
        if (skeleton.length() < MIN_SKELETON) {
            return List.of();
        }
        Map<String, List<String>> vocabulary = fromLatin ? foreign : latin;
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

    private static boolean bridgeable(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI || c == 'ー';
    }
}
