package io.tenure.knowledge.ingest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.knowledge.index.KnowledgeIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ingest ledger kept with the index, in Lucene's commit user data: the record of what the index holds
 * is written in the same commit as the passages, so each data folder (each replica) knows what its own index
 * holds, and an index deleted or copied by hand takes its record with it. Changes are staged on the index's
 * writer and become durable with {@link KnowledgeIndex#commit()}, which the ingester calls right after.
 */
public final class IndexLedger implements IngestLedger {
    /**
     * One key holds the whole record as JSON; the version lets a later format be told apart. v2: documents
     * store their analysed terms ({@link KnowledgeIndex.PassageTerms}); v3: Thai look-alike spellings are
     * read as the letter they stand for, so stored Thai terms changed; v4: a plain-text export's title is chosen from
     * its header and passages store the title they are searched with. An index of an older version is built again.
     */
    static final String KEY = "tenure.ingest.v4";
    private static final java.util.List<String> OLDER_KEYS = java.util.List.of("tenure.ingest.v1", "tenure.ingest.v2",
            "tenure.ingest.v3");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KnowledgeIndex index;
    /** What {@link #clear} staged for the coming update, or null: the update starts from the last commit. */
    private Map<String, Entry> staged;

    public IndexLedger(KnowledgeIndex index) {
        this.index = index;
    }

    @Override
    public synchronized Map<String, Entry> entries() {
        String json = index.commitData().get(KEY);
        if (json == null) {
            return Map.of();
        }
        try {
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (Entry entry : JSON.readValue(json, new TypeReference<List<Entry>>() { })) {
                entries.put(entry.path(), entry);
            }
            return entries;
        } catch (IOException e) {
            // An unreadable record only costs a full re-index, never a wrong answer.
            return Map.of();
        }
    }

    @Override
    public boolean olderFormat() {
        Map<String, String> data = index.commitData();
        return !data.containsKey(KEY) && OLDER_KEYS.stream().anyMatch(data::containsKey);
    }

    @Override
    public synchronized void update(Collection<Entry> ingested, Collection<String> forgotten) {
        Map<String, Entry> next = new TreeMap<>(staged != null ? staged : entries());
        forgotten.forEach(next::remove);
        ingested.forEach(entry -> next.put(entry.path(), entry));
        stage(next);
        // The commit follows: the next ingest starts from what it holds.
        staged = null;
    }

    @Override
    public synchronized void clear() {
        stage(Map.of());
    }

    private void stage(Map<String, Entry> entries) {
        try {
            index.stageCommitData(Map.of(KEY, JSON.writeValueAsString(List.copyOf(entries.values()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        staged = Map.copyOf(entries);
    }
}
