package io.tenure.knowledge;

import com.github.pemistahl.lingua.api.Language;
import java.util.List;

/**
 * Tells which of Tenure's languages (en, id, ko, ja, th) a text is in. Korean, Japanese and Thai are
 * told apart by their scripts, which is exact and costs nothing; only Latin-script text (English vs
 * Indonesian) needs a statistical model, and lingua is loaded for it on first use (tens of MB).
 */
public final class LanguageDetector {
    public static final List<String> SUPPORTED = List.of("en", "id", "ko", "ja", "th");

    private final String fallback;
    private volatile com.github.pemistahl.lingua.api.LanguageDetector latin;

    public LanguageDetector() {
        this("en");
    }

    /** @param fallback the language assumed when the text gives no clue (digits only, too short) */
    public LanguageDetector(String fallback) {
        this.fallback = fallback;
    }

    /** @return an ISO 639-1 code of {@link #SUPPORTED} */
    public String detect(String text) {
        int hangul = 0;
        int kana = 0;
        int han = 0;
        int thai = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                case HAN -> han++;
                case THAI -> thai++;
                case LATIN -> latin++;
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
        if (latin == 0) {
            return fallback;
        }
        Language language = latinDetector().detectLanguageOf(text);
        return language == Language.INDONESIAN ? "id" : language == Language.ENGLISH ? "en" : fallback;
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
