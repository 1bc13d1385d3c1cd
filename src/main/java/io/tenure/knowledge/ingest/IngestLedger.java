package io.tenure.knowledge.ingest;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What is in the index: each ingested file's content hash, so unchanged files are skipped. */
public interface IngestLedger {
    /** A file as ingested. */
    record Entry(String path, String source, String sha256, String article, String language, int passages) {
    }

    /** Every recorded file, by path. */
    Map<String, Entry> entries();

    /** Records these files and forgets those paths, in one step. */
    void update(Collection<Entry> ingested, Collection<String> forgotten);

    void clear();

    /** Whether the index was written by an older Tenure, in a form this one does not read: it is built again. */
    default boolean olderFormat() {
        return false;
    }

    /** A ledger that lives as long as the index beside it (for evaluations in memory). */
    static IngestLedger inMemory() {
        Map<String, Entry> entries = new HashMap<>();
        return new IngestLedger() {
            @Override
            public synchronized Map<String, Entry> entries() {
                return Map.copyOf(entries);
            }

            @Override
            public synchronized void update(Collection<Entry> ingested, Collection<String> forgotten) {
                forgotten.forEach(entries::remove);
                ingested.forEach(entry -> entries.put(entry.path(), entry));
            }

            @Override
            public synchronized void clear() {
                entries.clear();
            }
        };
    }

    static List<String> paths(Collection<Entry> entries) {
        return entries.stream().map(Entry::path).toList();
    }
}
