package io.tenure.knowledge.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How people write to support: chat spellings and slang per language (gimana, batalin, nggak; pls, u;
 * クレカ, サブスク) read as the standard words the help center and the glossary use. The words are data
 * in {@code config/informal.yaml}, not code.
 */
public final class InformalRegister {
    public static final String BUNDLED = "config/informal.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Per language: the informal words, longest first, each with its standard form. */
    private final Map<String, List<String[]>> words;
    private final Map<String, Pattern> patterns = new HashMap<>();

    public InformalRegister(Map<String, Map<String, String>> byLanguage) {
        words = new HashMap<>();
        byLanguage.forEach((language, map) -> {
            List<String[]> list = new ArrayList<>();
            map.forEach((informal, standard) -> list.add(new String[]{informal, standard}));
            list.sort(Comparator.comparingInt((String[] w) -> w[0].length()).reversed());
            words.put(language, list);
            StringBuilder alternatives = new StringBuilder();
            for (String[] w : list) {
                alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(w[0]));
            }
            // Latin words must stand alone ("ga" not inside "harga"); CJK and Thai have no spaces.
            boolean spaced = List.of("en", "id").contains(language);
            patterns.put(language, Pattern.compile(spaced ? "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])"
                    : "(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        });
    }

    public static InformalRegister load() {
        if (!ConfigFiles.exists(BUNDLED)) {
            return new InformalRegister(Map.of());
        }
        try {
            Map<String, Map<String, Map<String, String>>> file = YAML.readValue(ConfigFiles.read(BUNDLED),
                    new com.fasterxml.jackson.core.type.TypeReference<>() { });
            return new InformalRegister(file.getOrDefault("informal", Map.of()));
        } catch (java.io.IOException e) {
            throw new ConfigException(BUNDLED + " is invalid: " + e.getMessage(), e);
        }
    }

    /** The text with informal words written in their standard form. */
    public String standardize(String text, String language) {
        Pattern pattern = patterns.get(language);
        if (pattern == null) {
            return text;
        }
        Map<String, String> lookup = new HashMap<>();
        for (String[] w : words.get(language)) {
            lookup.put(w[0].toLowerCase(java.util.Locale.ROOT), w[1]);
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String standard = lookup.get(m.group().toLowerCase(java.util.Locale.ROOT));
            // Unspaced text may already hold the standard word the short form begins ("サブスクリプション"
            // holds サブスク): it is written out already.
            if (standard != null && text.regionMatches(true, m.start(), standard, 0, standard.length())) {
                standard = null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(standard == null ? m.group() : standard));
        }
        m.appendTail(out);
        return out.toString();
    }
}
