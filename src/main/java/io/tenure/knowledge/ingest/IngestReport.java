package io.tenure.knowledge.ingest;

import java.util.List;

/**
 * What one ingest did.
 *
 * @param changed files (re-)indexed because they are new or their content changed
 * @param removed files gone from the folder, removed from the index
 * @param rejected files that cannot be articles (or were refused by a strict ingest), with the reason;
 *                 the rest was ingested
 * @param flagged files holding text aimed at a language model or links outside
 *                {@code kb.allowed_link_domains}, one entry per finding (ingested unless the ingest was strict)
 */
public record IngestReport(String source, List<String> changed, List<String> removed, int unchanged,
                           List<Rejected> rejected, List<Rejected> flagged, int passages, long millis) {
    public record Rejected(String path, String reason) {
    }

    public IngestReport {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        rejected = List.copyOf(rejected);
        flagged = List.copyOf(flagged);
    }

    public boolean touchedIndex() {
        return !changed.isEmpty() || !removed.isEmpty();
    }

    /** One line for the terminal or the log. */
    public String summary() {
        return "%d changed, %d removed, %d unchanged, %d skipped%s; %d passages in the index (%d ms)".formatted(
                changed.size(), removed.size(), unchanged, rejected.size(),
                flagged.isEmpty() ? "" : ", " + flaggedFiles() + " flagged", passages, millis);
    }

    /** How many files have findings. */
    public long flaggedFiles() {
        return flagged.stream().map(Rejected::path).distinct().count();
    }
}
