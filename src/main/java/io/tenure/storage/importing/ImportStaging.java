package io.tenure.storage.importing;

import io.tenure.storage.SqlValues;
import io.tenure.storage.Vendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports that never lock everyone out (issue 13, item 2). A file's rows go to its staging table
 * ({@code stage_<table>}) under a run id, committed batch by batch, so no transaction lasts longer
 * than a batch. Only a file whose every row passed is published into the real table: on PostgreSQL in
 * one transaction (MVCC: readers see the old rows until it commits, other writers are not blocked); on
 * SQLite, whose one write lock would stop every other writer for the whole copy, in steps of
 * {@link #PUBLISH_STEP} rows, each its own short transaction, the run marked {@code publishing} so a
 * crash midway is finished by the next import. A rejected file is deleted from staging: nothing of it
 * reaches the real tables.
 */
final class ImportStaging {
    private static final Logger log = LoggerFactory.getLogger(ImportStaging.class);
    /** Rows per publishing step on SQLite: a step holds the write lock for tens of milliseconds. */
    static final int PUBLISH_STEP = 5_000;
    /** Rows from which a publish on PostgreSQL refreshes the table's statistics (autovacuum does the rest). */
    static final int ANALYZE_FROM = 10_000;
    /** A run staging for longer than this was left by a process that died. */
    private static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(6);
    private static final Pattern UPSERT = Pattern.compile(
            "INSERT INTO (\\w+) \\(([^)]*)\\) VALUES \\([^)]*\\)\\s*(ON CONFLICT \\(([^)]*)\\).*)", Pattern.DOTALL);

    private ImportStaging() {
    }

    /** Where one kind of file is staged and how it is published, read from the upsert that writes it. */
    record Target(String table, String columns, String conflict, String keys) {
        String stage() {
            return "stage_" + table;
        }

        /** The statement a batch of checked rows is staged with: run id, sequence, then the row's values. */
        public String stageInsert() {
            int count = columns.split(",").length;
            return "INSERT INTO " + stage() + " (run_id, seq, " + columns + ") VALUES (?, ?"
                    + ", ?".repeat(count) + ")";
        }

        /** PostgreSQL's bulk path for the same rows: {@code COPY … FROM STDIN} in CSV. */
        public String stageCopy() {
            return "COPY " + stage() + " (run_id, seq, " + columns + ") FROM STDIN (FORMAT csv)";
        }

        /**
         * Copies staged rows [from, to) into the table; of rows with the same key in one step the last
         * read wins, as when the file's upserts ran one by one (and PostgreSQL refuses to update a row
         * twice in one statement).
         */
        String publish() {
            if (conflict.contains("DO NOTHING")) {
                // Keys that repeat are skipped by the conflict clause itself: no need to pick the last.
                return "INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM " + stage()
                        + " WHERE run_id = ? AND seq >= ? AND seq < ? " + conflict;
            }
            return "INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM (SELECT " + columns
                    + ", row_number() OVER (PARTITION BY " + keys + " ORDER BY seq DESC) AS latest FROM " + stage()
                    + " WHERE run_id = ? AND seq >= ? AND seq < ?) staged WHERE latest = 1 " + conflict;
        }
    }

    /** @param upsert {@code INSERT INTO t (cols) VALUES (…) ON CONFLICT (keys) …} */
    public static Target target(String upsert) {
        Matcher m = UPSERT.matcher(upsert.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an upsert this import can stage: " + upsert);
        }
        return new Target(m.group(1), m.group(2).replaceAll("\\s+", " ").strip(), m.group(3), m.group(4));
    }

    /** Starts a run for a file and commits it; the connection is left in manual-commit mode. */
    public static long begin(Connection c, String file, Target target, Instant now) throws SQLException {
        c.setAutoCommit(false);
        long run;
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO import_run (file, target, state, started_at) VALUES (?, ?, 'staging', ?)",
                new String[] {"id"})) {
            st.setString(1, file);
            st.setString(2, target.table());
            st.setObject(3, SqlValues.instant(c, now));
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                run = keys.getLong(1);
            }
        }
        c.commit();
        return run;
    }

    /**
     * Makes a fully staged file visible and records the import ({@code account_import}), then empties its
     * staging rows. On PostgreSQL one transaction; on SQLite short steps (see the class comment).
     */
    public static void publish(Connection c, long run, Target target, long rows, String source, String file,
                               Instant now) throws SQLException {
        boolean atomic = Vendor.of(c) == Vendor.POSTGRESQL;
        c.setAutoCommit(false);
        state(c, run, "publishing", rows);
        if (!atomic) {
            c.commit();
        }
        long steps = 0;
        long started = System.nanoTime();
        try (PreparedStatement copy = c.prepareStatement(target.publish());
             PreparedStatement clear = c.prepareStatement("DELETE FROM " + target.stage()
                     + " WHERE run_id = ? AND seq >= ? AND seq < ?")) {
            long last = maxSeq(c, run, target);
            long step = atomic ? Math.max(1, last + 1) : PUBLISH_STEP;
            for (long from = 0; from <= last; from += step) {
                copy.setLong(1, run);
                copy.setLong(2, from);
                copy.setLong(3, from + step);
                copy.executeUpdate();
                clear.setLong(1, run);
                clear.setLong(2, from);
                clear.setLong(3, from + step);
                clear.executeUpdate();
                steps++;
                if (!atomic) {
                    c.commit();
                    // Room for a waiting writer (it looks every millisecond) between two steps.
                    java.util.concurrent.locks.LockSupport.parkNanos(3_000_000);
                }
            }
        }
        finish(c, run, rows, source, file, now);
        c.commit();
        if (atomic && rows >= ANALYZE_FROM) {
            analyze(c, target);
        }
        log.debug("{}: published {} rows in {} step(s), {} ms", file, rows, steps,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Records the import ({@code account_import}) and marks the run done, in the caller's transaction. */
    static void finish(Connection c, long run, long rows, String source, String file, Instant now)
            throws SQLException {
        try (PreparedStatement record = c.prepareStatement(
                "INSERT INTO account_import (imported_at, source, file, rows) VALUES (?, ?, ?, ?)")) {
            record.setObject(1, SqlValues.instant(c, now));
            record.setString(2, source);
            record.setString(3, file);
            record.setLong(4, rows);
            record.executeUpdate();
        }
        state(c, run, "done", rows);
    }

    /** Fresh statistics after a bulk load on PostgreSQL, or the planner scans where an index range would do. */
    static void analyze(Connection c, Target target) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("ANALYZE " + target.table());
        }
        c.setAutoCommit(false);
    }

    /** Throws a rejected file's staged rows away, in short transactions, and marks the run rejected. */
    public static void discard(Connection c, long run, Target target) throws SQLException {
        c.rollback();
        c.setAutoCommit(false);
        long last = maxSeq(c, run, target);
        try (PreparedStatement clear = c.prepareStatement("DELETE FROM " + target.stage()
                + " WHERE run_id = ? AND seq >= ? AND seq < ?")) {
            for (long from = 0; from <= last; from += PUBLISH_STEP) {
                clear.setLong(1, run);
                clear.setLong(2, from);
                clear.setLong(3, from + PUBLISH_STEP);
                clear.executeUpdate();
                c.commit();
            }
        }
        state(c, run, "rejected", 0);
        c.commit();
    }

    /**
     * Finishes what a crash interrupted: a run that was publishing is published to the end (its rows were
     * all checked); one that was still staging is thrown away. Called before an import starts.
     */
    public static void recover(Connection c, List<Target> targets, Instant now) throws SQLException {
        c.setAutoCommit(false);
        record Unfinished(long run, String file, String table, String state, long rows) {
        }
        List<Unfinished> runs = new ArrayList<>();
        // A run still staging may be another process's import under way: only one this old was abandoned.
        try (PreparedStatement st = c.prepareStatement("SELECT id, file, target, state, rows FROM import_run "
                + "WHERE state = 'publishing' OR (state = 'staging' AND started_at < ?) ORDER BY id")) {
            st.setObject(1, SqlValues.instant(c, now.minus(ABANDONED_AFTER)));
            ResultSet rs = st.executeQuery();
            while (rs.next()) {
                runs.add(new Unfinished(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
            }
        }
        c.commit();
        for (Unfinished unfinished : runs) {
            for (Target target : targets) {
                if (!target.table().equals(unfinished.table())) {
                    continue;
                }
                if (unfinished.state().equals("publishing")) {
                    log.warn("finishing the import of {} that a crash interrupted", unfinished.file());
                    publish(c, unfinished.run(), target, unfinished.rows(), "(resumed)", unfinished.file(), now);
                } else {
                    log.warn("discarding the unfinished import of {} (run {})", unfinished.file(), unfinished.run());
                    discard(c, unfinished.run(), target);
                }
            }
        }
        c.setAutoCommit(true);
    }

    private static long maxSeq(Connection c, long run, Target target) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT max(seq) FROM " + target.stage() + " WHERE run_id = ?")) {
            st.setLong(1, run);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long max = rs.getLong(1);
                return rs.wasNull() ? -1 : max;
            }
        }
    }

    private static void state(Connection c, long run, String state, long rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE import_run SET state = ?, rows = ? WHERE id = ?")) {
            st.setString(1, state);
            st.setLong(2, rows);
            st.setLong(3, run);
            st.executeUpdate();
        }
    }
}
