package io.tenure.knowledge.search;

import io.tenure.knowledge.index.LanguageAnalyzers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Typo robustness for questions in Latin letters: a word the help center never uses, in no language,
 * and that no glossary word reads as, is replaced by the nearest word of the help center's vocabulary
 * (its index terms and the glossary's words) within one edit for short words and two for long ones,
 * sharing the first letter; among equally near words the more frequent wins.
 */
public final class Spelling {
    private final LanguageAnalyzers analyzers;
    /** Per language: a vocabulary term, the word to write for it, and how often it occurs. */
    private final Map<String, Map<String, Entry>> vocabulary = new HashMap<>();

    private record Entry(String surface, long frequency) {
    }

    public Spelling(LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
    }

    /** Adds a word the help center or the glossary uses in a language. */
    public void add(String language, String term, String surface, long frequency) {
        vocabulary.computeIfAbsent(language, k -> new HashMap<>())
                .merge(term, new Entry(surface, frequency), (a, b) -> a.frequency >= b.frequency ? a : b);
    }

    /**
     * The text with each unknown Latin word replaced by its nearest known spelling.
     *
     * @param known whether an analyzed term is used anywhere in the help center or the glossary
     */
    public String correct(String text, String language, Predicate<String> known) {
        Map<String, Entry> words = vocabulary.get(language);
        if (words == null || !List.of("en", "id").contains(language)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (LanguageAnalyzers.Token token : analyzers.tokens(language, text)) {
            String surface = text.substring(token.start(), token.end());
            if (surface.length() < 5 || !surface.chars().allMatch(Character::isLetter) || known.test(token.term())) {
                continue;
            }
            String term = token.term();
            int allowed = term.length() <= 6 ? 1 : 2;
            Entry best = null;
            int bestDistance = Integer.MAX_VALUE;
            boolean bestSameLetters = false;
            for (Map.Entry<String, Entry> candidate : words.entrySet()) {
                String other = candidate.getKey();
                if (other.isEmpty() || other.charAt(0) != term.charAt(0) || Math.abs(other.length() - term.length()) > allowed) {
                    continue;
                }
                int d = distance(term, other);
                if (d > allowed) {
                    continue;
                }
                // Among equally near words, one with the very letters typed ("trail" for "trial", not "train")
                // is the likelier: a swap of neighbours keeps every key that was meant.
                boolean sameLetters = sameLetters(term, other);
                if (d < bestDistance || d == bestDistance && (sameLetters && !bestSameLetters
                        || sameLetters == bestSameLetters && candidate.getValue().frequency > best.frequency)) {
                    best = candidate.getValue();
                    bestDistance = d;
                    bestSameLetters = sameLetters;
                }
            }
            if (best != null) {
                out.append(text, last, token.start()).append(best.surface);
                last = token.end();
            }
        }
        return out.append(text.substring(last)).toString();
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours
     * ("digset" is one edit from "digest"). Staff command typos are measured with it too.
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
