package io.tenure.knowledge;

import com.github.pemistahl.lingua.api.Language;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells which of Tenure's languages (en, id, ko, ja, th) a text is in. Korean, Japanese and Thai are
 * told apart by their scripts, which is exact and costs nothing; only Latin-script text (English vs
 * Indonesian) needs a statistical model, and lingua is loaded for it on first use (tens of MB).
 */
public final class LanguageDetector {
    public static final List<String> SUPPORTED = List.of("en", "id", "ko", "ja", "th");

    private final String fallback;
    private volatile com.github.pemistahl.lingua.api.LanguageDetector latin;
    /** See {@link #knowWords}: by language, the words no other language shares. */
    private volatile Map<String, Set<String>> ownWords = Map.of();
    /** One word alone is too little to go by: lingua decides. */
    private static final int MIN_OWN_WORDS = 2;

    public LanguageDetector() {
        this("en");
    }

    /** @param fallback the language assumed when the text gives no clue (digits only, too short) */
    public LanguageDetector(String fallback) {
        this.fallback = fallback;
    }

    /** @return an ISO 639-1 code of {@link #SUPPORTED} */
    public String detect(String text) {
        String byScript = byScript(text);
        if (byScript != null) {
            return byScript;
        }
        if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)) {
            return fallback;
        }
        String byWords = byOwnWords(text);
        if (byWords != null) {
            return byWords;
        }
        Language language = latinDetector().detectLanguageOf(text);
        return language == Language.INDONESIAN ? "id" : language == Language.ENGLISH ? "en" : fallback;
    }

    /**
     * Words known to be of one Latin-script language: a text made only of English words of the glossary
     * (and function words), none of them also Indonesian, is English without asking lingua, whose models take
     * a second of CPU to load; the same for Indonesian. Anything else (a name, a typo, an inflection the
     * glossary does not list, a mix) is lingua's to tell. Lingua agrees on every such question of the
     * evaluation sets (docs/performance.md).
     *
     * @param byLanguage words by language ("en", "id"), any case
     */
    public void knowWords(Map<String, Set<String>> byLanguage) {
        Map<String, Set<String>> own = new HashMap<>();
        byLanguage.forEach((language, words) -> own.put(language, words.stream()
                .map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())));
        // A word of two languages ("admin", "email") says nothing.
        for (String language : own.keySet()) {
            for (String other : byLanguage.keySet()) {
                if (!other.equals(language)) {
                    own.get(language).removeAll(byLanguage.get(other).stream()
                            .map(word -> word.toLowerCase(Locale.ROOT)).toList());
                }
            }
        }
        ownWords = Map.copyOf(own);
    }

    /** Whether telling this text's language takes lingua's models (Latin text not made of {@link #knowWords}). */
    public boolean needsModel(String text) {
        return byScript(text) == null && byOwnWords(text) == null && text.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    private String byOwnWords(String text) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(word -> !word.isEmpty()).toList();
        if (words.size() < MIN_OWN_WORDS) {
            return null;
        }
        for (Map.Entry<String, Set<String>> language : ownWords.entrySet()) {
            if (language.getValue().containsAll(words)) {
                return language.getKey();
            }
        }
        return null;
    }

    /** Korean, Japanese or Thai when the text's script says so; null when only lingua can tell (or nothing can). */
    public static String byScript(String text) {
        int hangul = 0;
        int kana = 0;
        int han = 0;
        int thai = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case THAI -> thai++;
                default -> {
                }
            }
        }
        // Product names in Latin letters are common inside Asian-language text: any run of the
        // language's own script decides, whatever the Latin share.
        if (thai > 0 && thai >= hangul && thai >= kana + han) {
            return "th";
        }
        if (hangul > 0 && hangul >= kana) {
            return "ko";
        }
        if (kana > 0 || han > 0) {
            // Tenure does not serve Chinese; Han characters without kana are Japanese kanji here.
            return "ja";
        }
        return null;
    }

    /**
     * Reads lingua's models now (about a second of CPU), so that a process can do it on another thread
     * while it opens the database and the index, instead of in the first Latin-script question.
     */
    public void warmUp() {
        latinDetector().detectLanguageOf("How do I cancel my subscription? Bagaimana cara membatalkan langganan?");
    }

    private com.github.pemistahl.lingua.api.LanguageDetector latinDetector() {
        com.github.pemistahl.lingua.api.LanguageDetector detector = latin;
        if (detector == null) {
            synchronized (this) {
                detector = latin;
                if (detector == null) {
                    // Only the Latin-script languages we serve: the scripts above decide the others, so
                    // their models are never read (nor shipped in the jar). Same answers as with all five
                    // on every question and help-center paragraph of the evaluation sets (docs/performance.md).
                    detector = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromLanguages(
                            Language.ENGLISH, Language.INDONESIAN).build();
                    latin = detector;
                }
            }
        }
        return detector;
    }
}
