package io.tenure.llm;

import dev.langchain4j.model.input.PromptTemplate;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prompt templates are files ({@code prompts/<name>.txt}) with {@code {{variables}}}. Each user of a
 * prompt declares at start-up which variables it supplies; a template naming any other variable is an
 * error then, not at the first call.
 */
public final class PromptLibrary {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    private final String dir;
    private final Map<String, Prompt> prompts = new ConcurrentHashMap<>();

    public PromptLibrary(String dir) {
        this.dir = dir == null || dir.isBlank() ? "prompts" : dir;
    }

    /**
     * Loads a prompt and checks it against the variables the code supplies.
     *
     * @throws ConfigException naming the file and the unknown variables
     */
    public Prompt require(String name, Set<String> supplied) {
        return prompts.computeIfAbsent(name, key -> load(key, supplied));
    }

    private Prompt load(String name, Set<String> supplied) {
        String path = dir + "/" + name + ".txt";
        if (!ConfigFiles.exists(path)) {
            throw new ConfigException("prompt template " + path + " is missing");
        }
        String text = ConfigFiles.read(path);
        Set<String> named = variables(text);
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(supplied);
        if (!unknown.isEmpty()) {
            throw new ConfigException("prompt template " + path + " names variables the code does not supply: "
                    + unknown + " (available: " + new TreeSet<>(supplied) + ")");
        }
        return new Prompt(name, text, Set.copyOf(supplied));
    }

    static Set<String> variables(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** A checked template. */
    public record Prompt(String name, String text, Set<String> supplied) {
        public String render(Map<String, ?> values) {
            Set<String> missing = new TreeSet<>(supplied);
            missing.removeAll(values.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("prompt " + name + " rendered without " + missing);
            }
            Map<String, Object> used = new java.util.HashMap<>();
            for (String variable : variables(text)) {
                Object value = values.get(variable);
                used.put(variable, value == null ? "" : value);
            }
            return PromptTemplate.from(text).apply(used).text();
        }
    }
}
