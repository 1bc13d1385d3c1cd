package io.tenure.outreach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import io.tenure.llm.TemplateText;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outreach templates, one file per language ({@code <lang>.yaml}) with a subject and body per topic.
 * All are loaded and checked at start: every topic present in every language, no unknown variable.
 */
public final class DraftTemplates {
    /** The languages we write to customers in; an account in any other language gets English. */
    public static final List<String> LANGUAGES = List.of("en", "ko", "ja", "th", "id");
    public static final Set<String> VARIABLES = Set.of("customer_name", "plan", "sender_name", "renewal_date",
            "cancelled_on", "changes", "fixes");

    /** A subject and body in one language. */
    public record Template(TemplateText subject, TemplateText body) {
    }

    private final Map<String, Map<String, Template>> byLanguage;
    private final Map<String, String> noChanges;
    private final Map<String, String> noFixes;

    private DraftTemplates(Map<String, Map<String, Template>> byLanguage, Map<String, String> noChanges,
                           Map<String, String> noFixes) {
        this.byLanguage = byLanguage;
        this.noChanges = noChanges;
        this.noFixes = noFixes;
    }

    public static DraftTemplates load(String dir, DraftTopics topics) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, Map<String, Template>> byLanguage = new HashMap<>();
        Map<String, String> noChanges = new HashMap<>();
        Map<String, String> noFixes = new HashMap<>();
        for (String language : LANGUAGES) {
            String path = dir + "/" + language + ".yaml";
            JsonNode root;
            try (InputStream in = ConfigFiles.open(path)) {
                root = yaml.readTree(in);
            } catch (IOException e) {
                throw new ConfigException(path + ": not valid YAML: " + e.getMessage(), e);
            }
            Map<String, Template> templates = new HashMap<>();
            for (DraftTopics.Topic topic : topics.all()) {
                JsonNode entry = root.path("topics").path(topic.name());
                if (entry.isMissingNode()) {
                    throw new ConfigException(path + ": no template for topic '" + topic.name() + "'");
                }
                String subject = entry.path("subject").asText("");
                if (subject.contains("\n")) {
                    throw new ConfigException(path + ": " + topic.name() + ".subject must be one line");
                }
                templates.put(topic.name(), new Template(
                        TemplateText.checked(path + ": " + topic.name() + ".subject", subject, VARIABLES),
                        TemplateText.checked(path + ": " + topic.name() + ".body", entry.path("body").asText(""), VARIABLES)));
            }
            noChanges.put(language, required(root, "no_changes", path));
            noFixes.put(language, required(root, "no_fixes", path));
            byLanguage.put(language, templates);
        }
        return new DraftTemplates(byLanguage, noChanges, noFixes);
    }

    private static String required(JsonNode root, String key, String path) {
        String text = root.path(key).asText("");
        if (text.isBlank()) {
            throw new ConfigException(path + ": " + key + " is missing");
        }
        return text.strip();
    }

    /** The language we write in for an account: its own when we have templates for it, else English. */
    public static String languageFor(String accountLanguage) {
        if (accountLanguage == null) {
            return "en";
        }
        String code = accountLanguage.strip().toLowerCase(java.util.Locale.ROOT);
        int separator = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        if (separator > 0) {
            code = code.substring(0, separator);
        }
        // "in" is the old ISO code for Indonesian, still produced by java.util.Locale.
        if (code.equals("in")) {
            code = "id";
        }
        return LANGUAGES.contains(code) ? code : "en";
    }

    public Template template(String language, String topic) {
        return byLanguage.get(language).get(topic);
    }

    public String noChanges(String language) {
        return noChanges.get(language);
    }

    public String noFixes(String language) {
        return noFixes.get(language);
    }
}
