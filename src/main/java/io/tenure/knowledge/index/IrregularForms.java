package io.tenure.knowledge.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Inflected forms a language's analyzer does not bring back to the dictionary form ("bought" for "buy",
 * "paid" for "pay": the Porter stemmer only cuts suffixes), read from {@code config/word-forms.yaml}. The
 * analyzer reads them before stemming, so questions, passages and glossary words meet in one term.
 */
final class IrregularForms {
    static final String BUNDLED = "config/word-forms.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The file as read, so the analysis's version changes with it. */
    static final String TEXT = ConfigFiles.exists(BUNDLED) ? ConfigFiles.read(BUNDLED) : "";
    private static final Map<String, Map<String, String>> BY_LANGUAGE = parse(TEXT);

    private IrregularForms() {
    }

    private static Map<String, Map<String, String>> parse(String text) {
        if (text.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Map<String, Map<String, String>>> file = YAML.readValue(text,
                    new com.fasterxml.jackson.core.type.TypeReference<>() { });
            Map<String, Map<String, String>> forms = file == null ? null : file.get("irregular_forms");
            return forms == null ? Map.of() : Map.copyOf(forms);
        } catch (IOException e) {
            throw new ConfigException(BUNDLED + " is invalid: " + e.getMessage(), e);
        }
    }

    /** The language's irregular forms, each with its dictionary form (lower case). */
    static Map<String, String> of(String language) {
        return BY_LANGUAGE.getOrDefault(language, Map.of());
    }

    /** Replaces each term that is an irregular form by its dictionary form; the terms must be lower case. */
    static final class Filter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Map<String, String> forms;

        Filter(TokenStream input, Map<String, String> forms) {
            super(input);
            this.forms = forms;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!forms.isEmpty()) {
                String base = forms.get(term.toString().toLowerCase(Locale.ROOT));
                if (base != null) {
                    term.setEmpty().append(base);
                }
            }
            return true;
        }
    }
}
