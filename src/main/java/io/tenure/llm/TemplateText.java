package io.tenure.llm;

import io.tenure.config.ConfigException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fallback texts (template summaries, outreach templates) use the same {@code {{variable}}} syntax as
 * prompts and are checked the same way: at load, against the variables the code supplies.
 */
public final class TemplateText {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private final String source;
    private final String text;

    private TemplateText(String source, String text) {
        this.source = source;
        this.text = text;
    }

    /**
     * @param source where the text came from, for the error ("config/outreach-templates/ko.yaml: value.body")
     * @throws ConfigException when the text names a variable not in {@code supplied}
     */
    public static TemplateText checked(String source, String text, Set<String> supplied) {
        if (text == null || text.isBlank()) {
            throw new ConfigException(source + " is missing or empty");
        }
        Set<String> unknown = new TreeSet<>(variables(text));
        unknown.removeAll(supplied);
        if (!unknown.isEmpty()) {
            throw new ConfigException(source + " names variables the code does not supply: " + unknown
                    + " (available: " + new TreeSet<>(supplied) + ")");
        }
        return new TemplateText(source, text);
    }

    public static Set<String> variables(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Fills every variable; values are inserted literally (a value containing braces stays as it is). */
    public String fill(Map<String, ?> values) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    public String source() {
        return source;
    }
}
