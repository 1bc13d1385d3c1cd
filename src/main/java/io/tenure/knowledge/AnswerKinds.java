package io.tenure.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question asks for besides an amount (when, how often, where, who) and how a passage
 * giving that kind of answer is written, from the glossary's {@code answer_kinds}: closed-class words per
 * language, matched as written, since analyzers drop many of them as stop words (when, kapan, まで).
 */
public final class AnswerKinds {
    /** The kind a how-to question asks for: a procedure, which answers only when it is for what was asked. */
    public static final String STEPS = "steps";
    /** A number as amounts are written (30; 3-4; 1,200), for words that count only after one. */
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d,.]*\\d)?(?:\\s?[-–~]\\s?\\d(?:[\\d,.]*\\d)?)?");

    private record Kind(Map<String, List<Pattern>> asked, Map<String, List<Pattern>> answered,
                        Map<String, List<Pattern>> afterNumber, Map<String, List<Pattern>> measuredBy) {
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    /** @param kinds per kind: {asked|answered|after_number|measured_by: {language: [words]}} */
    public AnswerKinds(Map<String, Map<String, Map<String, List<String>>>> kinds) {
        kinds.forEach((name, parts) -> this.kinds.put(name, new Kind(patterns(parts.get("asked"), false),
                patterns(parts.get("answered"), false), patterns(parts.get("after_number"), true),
                patterns(parts.get("measured_by"), true))));
    }

    /**
     * Whether the kind is a measure: an amount written with one of its units ("15 weeks", "60%"), so that
     * an amount written with none ("60%" for how long, "3 steps" for what share) does not answer it.
     */
    public boolean measure(String kind) {
        Kind found = kinds.get(kind);
        return found != null && !found.measuredBy().isEmpty();
    }

    /** Whether the text (in its language) writes an amount in one of the measure's units. */
    public boolean measured(String kind, String text, String language) {
        Kind found = kinds.get(kind);
        if (found == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return found.measuredBy().getOrDefault(language, List.of()).stream().anyMatch(u -> u.matcher(lower).find());
    }

    public static AnswerKinds none() {
        return new AnswerKinds(Map.of());
    }

    /** The kinds of answer the text asks for, read in its language and in English. */
    public Set<String> asked(String text, String language) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> asked = new LinkedHashSet<>();
        kinds.forEach((name, kind) -> {
            for (String lang : new LinkedHashSet<>(List.of(language, "en"))) {
                if (kind.asked().getOrDefault(lang, List.of()).stream().anyMatch(w -> w.matcher(lower).find())) {
                    asked.add(name);
                }
            }
        });
        return asked;
    }

    /** How many of the kind's different answer words the text (in its language) holds. */
    public int answers(String kind, String text, String language) {
        Kind found = kinds.get(kind);
        if (found == null) {
            return 0;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int count = 0;
        for (Pattern word : found.answered().getOrDefault(language, List.of())) {
            if (word.matcher(lower).find()) {
                count++;
            }
        }
        for (Map<String, List<Pattern>> units : List.of(found.afterNumber(), found.measuredBy())) {
            for (Pattern unit : units.getOrDefault(language, List.of())) {
                if (unit.matcher(lower).find()) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Each word as a pattern on lower-cased text: between word boundaries where words are spaced (Latin
     * letters), anywhere in scripts written without spaces or with particles attached (Thai, Japanese,
     * Korean); a unit only right after a number.
     */
    private static Map<String, List<Pattern>> patterns(Map<String, List<String>> words, boolean afterNumber) {
        Map<String, List<Pattern>> patterns = new LinkedHashMap<>();
        if (words == null) {
            return patterns;
        }
        words.forEach((language, list) -> {
            List<Pattern> compiled = new ArrayList<>();
            for (String word : list == null ? List.<String>of() : list) {
                String lower = word.toLowerCase(Locale.ROOT);
                // A sign ("%") is no word: nothing needs to end after it ("60%ของ").
                boolean spaced = lower.codePoints().allMatch(c -> c < 0x250 || c == ' ')
                        && lower.codePoints().anyMatch(Character::isLetter);
                String quoted = Pattern.quote(lower);
                String before = afterNumber ? NUMBER.pattern() + "\\s?" : spaced ? "(?<![\\p{L}\\p{N}])" : "";
                compiled.add(Pattern.compile(before + quoted + (spaced ? "(?![\\p{L}\\p{N}])" : "")));
            }
            patterns.put(language, List.copyOf(compiled));
        });
        return patterns;
    }

    @Override
    public String toString() {
        return kinds.keySet().toString();
    }
}
