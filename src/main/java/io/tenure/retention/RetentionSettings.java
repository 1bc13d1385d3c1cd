package io.tenure.retention;

/**
 * The {@code retention} section.
 *
 * @param intents the intents file (labels, descriptions and glossary concepts)
 */
public record RetentionSettings(String intents) {
    public RetentionSettings {
        intents = intents == null || intents.isBlank() ? "config/intents.yaml" : intents.strip();
    }
}
