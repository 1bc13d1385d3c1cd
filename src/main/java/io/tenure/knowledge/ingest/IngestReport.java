package io.tenure.knowledge.ingest;

import java.util.List;

/**
 * What one ingest did.
 *
 * @param changed files (re-)indexed because they are new or their content changed
 * @param removed files gone from the folder, removed from the index
 * @param rejected files that cannot be articles, with the reason; the rest was ingested
 */
public record IngestReport(String source, List<String> changed, List<String> removed, int unchanged,
                           List<Rejected> rejected, int passages, long millis) {
    public record Rejected(String path, String reason) {
    }

    public IngestReport {
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        rejected = List.copyOf(rejected);
    }

    public boolean touchedIndex() {
        return !changed.isEmpty() || !removed.isEmpty();
    }

    /** One line for the terminal or the log. */
    public String summary() {
        return "%d changed, %d removed, %d unchanged, %d skipped; %d passages in the index (%d ms)".formatted(
                changed.size(), removed.size(), unchanged, rejected.size(), passages, millis);
    }
}
