package io.tenure.knowledge.search;

import java.util.List;
import java.util.Set;

/** A text's terms as a set (single-term look-ups) and in order (a compound's terms must be adjacent). */
record TermSequence(Set<String> set, List<String> sequence) {
    static TermSequence of(List<String> terms) {
        return new TermSequence(Set.copyOf(terms), List.copyOf(terms));
    }

    /** Whether the terms occur in this order, at most one other term between neighbours. */
    boolean contains(List<String> form) {
        if (form.size() == 1) {
            return set.contains(form.get(0));
        }
        if (!set.containsAll(form)) {
            return false;
        }
        for (int start = 0; start < sequence.size(); start++) {
            if (!sequence.get(start).equals(form.get(0))) {
                continue;
            }
            int at = start;
            int matched = 1;
            while (matched < form.size()) {
                if (at + 1 < sequence.size() && sequence.get(at + 1).equals(form.get(matched))) {
                    at += 1;
                } else if (at + 2 < sequence.size() && sequence.get(at + 2).equals(form.get(matched))) {
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
}
