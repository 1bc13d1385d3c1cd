package io.tenure.knowledge.search;

import io.tenure.knowledge.Glossary;
import io.tenure.knowledge.index.LanguageAnalyzers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One searchable part of a question: a glossary concept, or a word outside the glossary. */
final class QuestionUnit {
    /** The concepts one stretch of the question mentions ("pelanggan": customer and subscriber). */
    final Set<String> concepts;
    final String word;
    /** Whether the word is written as a name: capitalised or in Latin letters inside non-Latin text. */
    final boolean name;
    /** The question's language, and the help center's bridges for it. */
    final String language;
    private final Bridges bridges;
    private final Glossary glossary;
    private final LanguageAnalyzers analyzers;
    private final RetrievalWeights weights;
    private final Map<String, List<List<String>>> forms = new HashMap<>();
    /** Forms reached by a weaker bridge than the word itself (lexicon, transliteration): their weight. */
    private final Map<List<String>, Double> bridged = new HashMap<>();
    /** Inverse document frequency in the whole index: rare units say more; 0 until known. */
    double weight;
    /** Where the unit stands in the text as searched: its word, or the stretch its concepts were found in. */
    int start;
    int end;

    QuestionUnit(Set<String> concepts, String word, boolean name, String language, Bridges bridges,
                 Glossary glossary, LanguageAnalyzers analyzers, RetrievalWeights weights) {
        this.concepts = concepts;
        this.word = word;
        this.name = name;
        this.language = language;
        this.bridges = bridges;
        this.glossary = glossary;
        this.analyzers = analyzers;
        this.weights = weights;
    }

    boolean isConcept() {
        return word == null;
    }

    /** The weight of a form reached through a bridge, or null when the form is the unit's own. */
    Double bridgeWeight(List<String> form) {
        return bridged.get(form);
    }

    /** How much a match through this form counts, as a share of the unit's weight. */
    double factor(List<String> form, String passageLanguage) {
        Double bridge = bridged.get(form);
        if (bridge != null && (word != null || !passageLanguage.equals(language))) {
            return bridge;
        }
        return word != null || passageLanguage.equals(language) ? 1 : weights.translatedConcept();
    }

    /** The unit as terms of a language's field: several alternatives, each a list of terms. */
    List<List<String>> forms(String language) {
        return forms.computeIfAbsent(language, lang -> {
            if (word == null) {
                List<List<String>> all = new ArrayList<>();
                for (String concept : concepts) {
                    for (List<String> form : glossary.terms(concept, lang)) {
                        if (!all.contains(form)) {
                            all.add(form);
                        }
                    }
                }
                // Where the help center writes a concept in words the glossary does not know, the words it
                // learned for the concept from its own translated articles stand in.
                if (bridges != null) {
                    for (String concept : concepts) {
                        for (Map.Entry<List<String>, Double> bridge : bridges.conceptForms(concept, lang).entrySet()) {
                            if (!all.contains(bridge.getKey())) {
                                all.add(bridge.getKey());
                                bridged.put(bridge.getKey(), bridge.getValue());
                            }
                        }
                    }
                }
                return all;
            }
            List<List<String>> all = new ArrayList<>();
            List<String> terms = LanguageAnalyzers.canHold(lang, word) ? analyzers.terms(lang, word) : List.of();
            if (!terms.isEmpty()) {
                all.add(terms);
            }
            if (bridges != null && LanguageAnalyzers.canHold(lang, word)) {
                for (String variant : bridges.nameVariants(this)) {
                    if (!all.contains(List.of(variant))) {
                        all.add(List.of(variant));
                    }
                }
            }
            if (bridges != null) {
                for (Map.Entry<List<String>, Double> bridge : bridges.forms(this, lang).entrySet()) {
                    if (!all.contains(bridge.getKey())) {
                        all.add(bridge.getKey());
                        bridged.put(bridge.getKey(), bridge.getValue());
                    }
                }
            }
            return all;
        });
    }

    /** The first of the unit's forms in this language that the terms contain, or null. */
    List<String> matchedForm(String language, TermSequence terms) {
        return matchedForm(language, terms, null);
    }

    /**
     * The first of the unit's forms in this language that the terms contain and the text, when given,
     * writes as the concept: "사용" (use) in a passage is not the licence of "사용권", whose analysis it is.
     */
    List<String> matchedForm(String language, TermSequence terms, String text) {
        for (List<String> form : forms(language)) {
            if (terms.contains(form) && held(form, language, text)) {
                return form;
            }
        }
        return null;
    }

    private boolean held(List<String> form, String language, String text) {
        if (word != null || text == null || bridged.containsKey(form)) {
            return true;
        }
        for (String concept : concepts) {
            if (glossary.terms(concept, language).contains(form) && glossary.heldBy(concept, language, form, text)) {
                return true;
            }
        }
        return false;
    }

    String label() {
        return word != null ? word : concepts.toString();
    }
}
