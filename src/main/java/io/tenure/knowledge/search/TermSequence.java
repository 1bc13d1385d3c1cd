package io.tenure.knowledge.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A text's terms, each with the positions it stands at: single-term look-ups, and compounds whose terms
 * must be adjacent. A question's forms are looked up in every passage of every candidate, so a look-up
 * goes to where the form's first term stands instead of walking the text.
 */
final class TermSequence {
    private static final int[] NOWHERE = new int[0];
    private final Map<String, int[]> positions;

    private TermSequence(Map<String, int[]> positions) {
        this.positions = positions;
    }

    static TermSequence of(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        for (String term : terms) {
            counts.merge(term, 1, Integer::sum);
        }
        Map<String, int[]> positions = new HashMap<>();
        counts.forEach((term, count) -> positions.put(term, new int[count]));
        Map<String, Integer> filled = new HashMap<>();
        for (int at = 0; at < terms.size(); at++) {
            String term = terms.get(at);
            positions.get(term)[filled.merge(term, 1, Integer::sum) - 1] = at;
        }
        return new TermSequence(positions);
    }

    /** Whether the terms occur in this order, at most one other term between neighbours. */
    boolean contains(List<String> form) {
        int[] starts = positions.getOrDefault(form.get(0), NOWHERE);
        if (form.size() == 1 || starts.length == 0) {
            return starts.length > 0;
        }
        int[][] later = new int[form.size()][];
        for (int i = 1; i < form.size(); i++) {
            later[i] = positions.get(form.get(i));
            if (later[i] == null) {
                return false;
            }
        }
        for (int start : starts) {
            int at = start;
            int matched = 1;
            while (matched < form.size()) {
                int[] there = later[matched];
                if (standsAt(there, at + 1)) {
                    at += 1;
                } else if (standsAt(there, at + 2)) {
                    at += 2;
                } else {
                    break;
                }
                matched++;
            }
            if (matched == form.size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean standsAt(int[] positions, int at) {
        return java.util.Arrays.binarySearch(positions, at) >= 0;
    }
}
