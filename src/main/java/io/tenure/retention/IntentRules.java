package io.tenure.retention;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The intents Tenure recognises and, for recognition without a model, the glossary concepts that show
 * each one ({@code config/intents.yaml}). Checked against the glossary when loaded, so a concept that
 * does not exist fails at start, not by never matching.
 */
public record IntentRules(List<Rule> intents) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * @param intent the label, e.g. {@code cancel}
     * @param description what it means, for the model's prompt
     * @param concepts glossary concept ids; any one of them shows the intent
     */
    public record Rule(String intent, String description, List<String> concepts) {
    }

    public IntentRules {
        intents = List.copyOf(intents);
    }

    public static IntentRules load(String path, Set<String> glossaryConcepts) {
        IntentRules rules;
        try {
            rules = YAML.readValue(ConfigFiles.read(path), IntentRules.class);
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            throw new ConfigException(path + ": not a valid intents file (intents: [{intent, description, "
                    + "concepts: [...]}]): " + e.getMessage(), e);
        }
        if (rules == null || rules.intents() == null || rules.intents().isEmpty()) {
            throw new ConfigException(path + ": expected a non-empty 'intents:' list");
        }
        Set<String> labels = new HashSet<>();
        for (Rule rule : rules.intents()) {
            if (rule.intent() == null || rule.intent().isBlank() || rule.intent().equals("none")) {
                throw new ConfigException(path + ": every intent needs a label other than 'none'");
            }
            if (!labels.add(rule.intent())) {
                throw new ConfigException(path + ": intent '" + rule.intent() + "' appears twice");
            }
            if (rule.concepts() == null || rule.concepts().isEmpty()) {
                throw new ConfigException(path + ", intent " + rule.intent() + ": needs concepts");
            }
            for (String concept : rule.concepts()) {
                if (!glossaryConcepts.contains(concept)) {
                    throw new ConfigException(path + ", intent " + rule.intent() + ": concept '" + concept
                            + "' is not in the glossary");
                }
            }
        }
        return rules;
    }

    public List<String> labels() {
        return intents.stream().map(Rule::intent).toList();
    }
}
