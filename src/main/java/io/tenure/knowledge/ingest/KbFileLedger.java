package io.tenure.knowledge.ingest;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The ingest ledger in the database (table {@code kb_file}). */
public final class KbFileLedger implements IngestLedger {
    private final Jdbi jdbi;
    private final Clock clock;

    public KbFileLedger(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Map<String, Entry> entries() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery(
                        "SELECT path, source, sha256, article, language, passages FROM kb_file ORDER BY path")
                .map((rs, ctx) -> new Entry(rs.getString("path"), rs.getString("source"), rs.getString("sha256"),
                        rs.getString("article"), rs.getString("language"), rs.getInt("passages")))
                .forEach(entry -> entries.put(entry.path(), entry)));
        return entries;
    }

    @Override
    public void update(Collection<Entry> ingested, Collection<String> forgotten) {
        java.time.Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            for (String path : forgotten) {
                h.createUpdate("DELETE FROM kb_file WHERE path = :path").bind("path", path).execute();
            }
            for (Entry entry : ingested) {
                h.createUpdate("""
                                INSERT INTO kb_file (path, source, sha256, article, language, passages, ingested_at)
                                VALUES (:path, :source, :sha, :article, :language, :passages, :at)
                                ON CONFLICT (path) DO UPDATE SET source = excluded.source, sha256 = excluded.sha256,
                                  article = excluded.article, language = excluded.language,
                                  passages = excluded.passages, ingested_at = excluded.ingested_at""")
                        .bind("path", entry.path()).bind("source", entry.source()).bind("sha", entry.sha256())
                        .bind("article", entry.article()).bind("language", entry.language())
                        .bind("passages", entry.passages()).bind("at", now)
                        .execute();
            }
        });
    }

    @Override
    public void clear() {
        jdbi.useHandle(h -> h.execute("DELETE FROM kb_file"));
    }
}
