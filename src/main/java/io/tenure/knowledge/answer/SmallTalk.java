package io.tenure.knowledge.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises a message that only greets or thanks ("hi there!", "makasih ya kak", "ขอบคุณมากนะคะ"):
 * it deserves a friendly word back, not a search of the help center and not a place among the
 * unanswered questions. The words are data in {@code config/small-talk.yaml}.
 */
public final class SmallTalk {
    public static final String BUNDLED = "config/small-talk.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** What a message is, when it is small talk. */
    public enum Kind { GREETING, THANKS }

    private final Map<String, List<String>> greetings;
    private final Map<String, List<String>> thanks;
    private final Map<String, List<String>> filler;

    public SmallTalk(Map<String, List<String>> greetings, Map<String, List<String>> thanks,
                     Map<String, List<String>> filler) {
        this.greetings = greetings;
        this.thanks = thanks;
        this.filler = filler;
    }

    public static SmallTalk load() {
        if (!ConfigFiles.exists(BUNDLED)) {
            return new SmallTalk(Map.of(), Map.of(), Map.of());
        }
        try {
            Map<String, Map<String, List<String>>> file = YAML.readValue(ConfigFiles.read(BUNDLED),
                    new com.fasterxml.jackson.core.type.TypeReference<>() { });
            return new SmallTalk(file.getOrDefault("greetings", Map.of()), file.getOrDefault("thanks", Map.of()),
                    file.getOrDefault("filler", Map.of()));
        } catch (java.io.IOException e) {
            throw new ConfigException(BUNDLED + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the message is only a greeting or a thank-you (in its language, or in English, which
     * people mix into every language). Thanks wins when it has both.
     */
    public Optional<Kind> recognise(String message, String language) {
        String rest = " " + message.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", " ") + " ";
        boolean thanked = false;
        boolean greeted = false;
        for (String lang : language.equals("en") ? List.of("en") : List.of(language, "en")) {
            String before = rest;
            rest = remove(rest, thanks.getOrDefault(lang, List.of()), lang);
            thanked |= !before.equals(rest);
            before = rest;
            rest = remove(rest, greetings.getOrDefault(lang, List.of()), lang);
            greeted |= !before.equals(rest);
        }
        if (!thanked && !greeted) {
            return Optional.empty();
        }
        for (String lang : language.equals("en") ? List.of("en") : List.of(language, "en")) {
            rest = remove(rest, filler.getOrDefault(lang, List.of()), lang);
        }
        if (!rest.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(thanked ? Kind.THANKS : Kind.GREETING);
    }

    private static String remove(String text, List<String> phrases, String language) {
        List<String> ordered = new ArrayList<>(phrases);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        boolean spaced = List.of("en", "id").contains(language);
        for (String phrase : ordered) {
            String p = phrase.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}]+", " ").strip();
            if (p.isEmpty()) {
                continue;
            }
            text = spaced ? text.replace(" " + p + " ", "  ").replace(" " + p + " ", "  ") : text.replace(p, " ");
        }
        // Latin phrases were cut with their spaces; put single spaces back for the next pass.
        return " " + text.replaceAll("\\s+", " ").strip() + " ";
    }
}
