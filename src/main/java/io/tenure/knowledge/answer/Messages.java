package io.tenure.knowledge.answer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import java.util.Map;

/** The sentences around answers, per language, from {@code config/messages.yaml}; English is the fallback. */
public final class Messages {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Map<String, Map<String, String>> sentences;

    public Messages(Map<String, Map<String, String>> sentences) {
        for (String key : new String[]{"lead_in", "abstain", "other_language"}) {
            if (sentences.get(key) == null || sentences.get(key).get("en") == null) {
                throw new ConfigException("messages: '" + key + "' needs at least an English ('en') sentence");
            }
        }
        this.sentences = Map.copyOf(sentences);
    }

    public static Messages load(String path) {
        try {
            return new Messages(YAML.readValue(ConfigFiles.read(path), new TypeReference<>() {
            }));
        } catch (ConfigException e) {
            throw new ConfigException(path + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new ConfigException(path + ": not a valid messages file: " + e.getMessage(), e);
        }
    }

    public String leadIn(String language) {
        return get("lead_in", language);
    }

    public String abstain(String language) {
        return get("abstain", language);
    }

    public String otherLanguage(String language) {
        return get("other_language", language);
    }

    /** The reply to a message that only greets, or to one that only thanks. */
    public String smallTalk(boolean thanks, String language) {
        String key = thanks ? "thanks" : "greeting";
        if (sentences.get(key) == null || sentences.get(key).get("en") == null) {
            return thanks ? "You're welcome!" : "Hello! How can I help?";
        }
        return get(key, language);
    }

    /** Any sentence of the file by key, in the language or English, or {@code fallback} when the key is absent. */
    public String sentence(String key, String language, String fallback) {
        if (sentences.get(key) == null || sentences.get(key).get("en") == null) {
            return fallback;
        }
        return get(key, language);
    }

    private String get(String key, String language) {
        Map<String, String> byLanguage = sentences.get(key);
        return byLanguage.getOrDefault(language, byLanguage.get("en"));
    }
}
