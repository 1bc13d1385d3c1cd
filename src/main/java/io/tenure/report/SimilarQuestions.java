package io.tenure.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups questions that say the same thing: two questions are alike when their character trigrams
 * overlap enough (Jaccard similarity). Greedy and order-stable: small volumes, readable groups.
 */
final class SimilarQuestions {
    private final double threshold;

    SimilarQuestions(double threshold) {
        this.threshold = threshold;
    }

    List<QuestionReport.UnansweredGroup> group(List<String> questions) {
        List<Set<String>> centroids = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        for (String question : questions) {
            Set<String> words = words(question);
            int best = -1;
            double bestSimilarity = 0;
            for (int i = 0; i < centroids.size(); i++) {
                double similarity = jaccard(words, centroids.get(i));
                if (similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = i;
                }
            }
            if (best >= 0 && bestSimilarity >= threshold) {
                members.get(best).add(question);
            } else {
                centroids.add(words);
                members.add(new ArrayList<>(List.of(question)));
            }
        }
        List<QuestionReport.UnansweredGroup> groups = new ArrayList<>();
        for (List<String> group : members) {
            groups.add(new QuestionReport.UnansweredGroup(mostCommon(group), group.size(), List.copyOf(group)));
        }
        groups.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return groups;
    }

    /**
     * Character trigrams of the letters and digits, per word run. They need no tokenizer, so they work
     * alike for scripts without spaces (Thai, Japanese), and tolerate inflection ("integrate" and
     * "integrates" share most of theirs).
     */
    static Set<String> words(String text) {
        Set<String> grams = new HashSet<>();
        String normalized = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        int[] points = normalized.codePoints().toArray();
        for (int i = 0; i + 3 <= points.length; i++) {
            grams.add(new String(points, i, 3));
        }
        return grams;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / union.size();
    }

    private static String mostCommon(List<String> group) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String question : group) {
            counts.merge(question.strip(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
