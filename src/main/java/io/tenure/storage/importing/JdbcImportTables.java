package io.tenure.storage.importing;

import io.tenure.health.importing.ImportFile;
import io.tenure.health.importing.ImportTables;
import io.tenure.storage.Vendor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account import's tables on either database (plain JDBC: batches on SQLite, {@code COPY} on
 * PostgreSQL). Every file is all or nothing:
 * <ul>
 * <li>SQLite and PostgreSQL, careful path: rows are staged under a run id in short transactions and
 * published when the file is complete ({@link ImportStaging}).</li>
 * <li>PostgreSQL, fast path, when the file's table is empty (a first load, the 10-million-row case):
 * one {@code COPY … FROM STDIN} straight into the table, in one transaction that commits on publish and
 * rolls back on discard. No staging copy and no conflict checks; MVCC keeps readers on the old (empty)
 * table until the commit. Two rows with one key in the file fail the COPY with a unique violation: the
 * transaction rolls back and the import loads the file again the careful way, where the last row wins.</li>
 * </ul>
 */
public final class JdbcImportTables implements ImportTables {
    private static final Logger log = LoggerFactory.getLogger(JdbcImportTables.class);
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public JdbcImportTables(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The upsert each kind of file is written with; its columns are the kind's values, in order. */
    static String upsert(ImportFile kind) {
        return switch (kind) {
            case ACCOUNTS -> "INSERT INTO account (id, name, plan, mrr, currency, seats, signup_date, renewal_date, "
                    + "owner, contact_email, language, status, cancelled_at, cancel_reason) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                    + "name = excluded.name, plan = excluded.plan, mrr = excluded.mrr, currency = excluded.currency, "
                    + "seats = excluded.seats, signup_date = excluded.signup_date, "
                    + "renewal_date = excluded.renewal_date, owner = excluded.owner, "
                    + "contact_email = excluded.contact_email, language = excluded.language, "
                    + "status = excluded.status, cancelled_at = excluded.cancelled_at, "
                    + "cancel_reason = excluded.cancel_reason";
            case ACTIVITY -> "INSERT INTO activity (account_key, at, kind, user_name, feature) VALUES (?, ?, ?, ?, ?) "
                    + "ON CONFLICT (account_key, at, kind, user_name, feature) DO NOTHING";
            case TICKETS -> "INSERT INTO ticket (id, account_key, opened_at, closed_at, priority, subject) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET account_key = excluded.account_key, "
                    + "opened_at = excluded.opened_at, closed_at = excluded.closed_at, "
                    + "priority = excluded.priority, subject = excluded.subject";
            case NPS -> "INSERT INTO nps_response (account_key, responded_at, score, comment) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (account_key, responded_at) DO UPDATE SET score = excluded.score, "
                    + "comment = excluded.comment";
            case PAYMENTS -> "INSERT INTO payment (account_key, at, status, amount) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (account_key, at, status) DO UPDATE SET amount = excluded.amount";
            case MILESTONES -> "INSERT INTO milestone (account_key, name, due_date, completed_at) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (account_key, name) DO UPDATE SET due_date = excluded.due_date, "
                    + "completed_at = excluded.completed_at";
        };
    }

    /** Every kind's staging target, for finishing or discarding what a crash left. */
    static List<ImportStaging.Target> targets() {
        return Arrays.stream(ImportFile.values()).map(kind -> ImportStaging.target(upsert(kind))).toList();
    }

    @Override
    public Session open(Instant now) {
        try {
            return new JdbcSession(dataSource.getConnection(), now);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("import failed in the database: " + e.getMessage(), e);
    }

    private static final class JdbcSession implements Session {
        private final Connection c;
        private final Vendor vendor;

        JdbcSession(Connection c, Instant now) throws SQLException {
            this.c = c;
            this.vendor = Vendor.of(c);
            try {
                if (vendor == Vendor.SQLITE) {
                    try (Statement st = c.createStatement()) {
                        // Rows are checked against known accounts before they are written, so the per-row
                        // foreign-key lookups are redundant; a crash mid-import loses only the uncommitted file.
                        st.execute("PRAGMA foreign_keys = OFF");
                        st.execute("PRAGMA synchronous = OFF");
                        st.execute("PRAGMA cache_size = -262144");
                    }
                }
                // A crash during an earlier import: finish publishing what was fully checked, drop the rest.
                ImportStaging.recover(c, targets(), now);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        }

        @Override
        public Map<String, Long> accountKeys() {
            Map<String, Long> keys = new HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, key FROM account")) {
                while (rs.next()) {
                    keys.put(rs.getString(1), rs.getLong(2));
                }
            } catch (SQLException e) {
                throw failed(e);
            }
            return keys;
        }

        @Override
        public Load load(ImportFile kind, String file, Instant now, boolean careful) {
            ImportStaging.Target target = ImportStaging.target(upsert(kind));
            try {
                long run = ImportStaging.begin(c, file, target, now);
                if (vendor == Vendor.SQLITE) {
                    return new BatchedLoad(c, run, target, file);
                }
                boolean[] instants = instants(c, target);
                if (!careful && empty(c, target.table())) {
                    return new CopyLoad(c, run, target, file, instants);
                }
                return new StagedCopyLoad(c, run, target, file, instants);
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void close() {
            try {
                c.setAutoCommit(true);
                if (vendor == Vendor.SQLITE) {
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA synchronous = NORMAL");
                        st.execute("PRAGMA foreign_keys = ON");
                    }
                }
                c.close();
            } catch (SQLException e) {
                throw failed(e);
            }
        }
    }

    private static boolean empty(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Which of a target's values are instants (Unix seconds in the rows, timestamptz on PostgreSQL). */
    private static boolean[] instants(Connection c, ImportStaging.Target target) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(target.stageInsert())) {
            java.sql.ParameterMetaData meta = st.getParameterMetaData();
            boolean[] instants = new boolean[meta.getParameterCount() - 2];
            for (int i = 0; i < instants.length; i++) {
                instants[i] = "timestamptz".equals(meta.getParameterTypeName(i + 3));
            }
            return instants;
        }
    }

    /** Common end of a load: the run's rows staged, published or thrown away. */
    private abstract static class StagedLoad implements Load {
        final Connection c;
        final long run;
        final ImportStaging.Target target;
        final String file;

        StagedLoad(Connection c, long run, ImportStaging.Target target, String file) {
            this.c = c;
            this.run = run;
            this.target = target;
            this.file = file;
        }

        @Override
        public void publish(long rows, String source, Instant now) {
            try {
                ImportStaging.publish(c, run, target, rows, source, file, now);
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void discard() {
            try {
                ImportStaging.discard(c, run, target);
            } catch (SQLException e) {
                throw failed(e);
            }
        }
    }

    /** SQLite: batches of inserts into staging, each committed, with room for other writers between. */
    private static final class BatchedLoad extends StagedLoad {
        private final PreparedStatement st;
        private long seq;

        BatchedLoad(Connection c, long run, ImportStaging.Target target, String file) throws SQLException {
            super(c, run, target, file);
            this.st = c.prepareStatement(target.stageInsert());
        }

        @Override
        public void write(List<Object[]> batch) {
            try {
                for (Object[] row : batch) {
                    st.setLong(1, run);
                    st.setLong(2, seq++);
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            st.setNull(i + 3, Types.NULL);
                        } else {
                            st.setObject(i + 3, row[i]);
                        }
                    }
                    st.addBatch();
                }
                st.executeBatch();
                c.commit();
            } catch (SQLException e) {
                throw failed(e);
            }
            yieldTheLock();
        }

        @Override
        public void publish(long rows, String source, Instant now) {
            close();
            super.publish(rows, source, now);
        }

        @Override
        public void discard() {
            close();
            super.discard();
        }

        private void close() {
            try {
                st.close();
            } catch (SQLException e) {
                throw failed(e);
            }
        }
    }

    /**
     * A pause after each committed batch, long enough for another process waiting on SQLite's write lock
     * (a question being logged, a draft approved) to take it; it looks every millisecond.
     */
    static void yieldTheLock() {
        java.util.concurrent.locks.LockSupport.parkNanos(3_000_000);
    }

    /** PostgreSQL, careful path: each batch copied into staging under the run id and committed. */
    private static final class StagedCopyLoad extends StagedLoad {
        private final boolean[] instants;
        private long seq;

        StagedCopyLoad(Connection c, long run, ImportStaging.Target target, String file, boolean[] instants) {
            super(c, run, target, file);
            this.instants = instants;
        }

        @Override
        public void write(List<Object[]> batch) {
            CopyCsv csv = new CopyCsv(instants, batch.size());
            for (Object[] row : batch) {
                csv.row(run, seq++, row);
            }
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(target.stageCopy(),
                        new java.io.ByteArrayInputStream(csv.bytes()));
                c.commit();
            } catch (SQLException e) {
                throw failed(e);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("import failed in the database: COPY into staging: " + e.getMessage(), e);
            }
        }
    }

    /** PostgreSQL, fast path: one COPY straight into the empty table, in the file's one transaction. */
    private static final class CopyLoad implements Load {
        private final Connection c;
        private final long run;
        private final ImportStaging.Target target;
        private final String file;
        private final boolean[] instants;
        private final CopyIn in;

        CopyLoad(Connection c, long run, ImportStaging.Target target, String file, boolean[] instants)
                throws SQLException {
            this.c = c;
            this.run = run;
            this.target = target;
            this.file = file;
            this.instants = instants;
            this.in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY " + target.table() + " (" + target.columns() + ") FROM STDIN (FORMAT csv)");
        }

        @Override
        public void write(List<Object[]> batch) {
            CopyCsv csv = new CopyCsv(instants, batch.size());
            for (Object[] row : batch) {
                csv.row(row);
            }
            byte[] bytes = csv.bytes();
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw repeatedOrFailed(e);
            }
        }

        @Override
        public void publish(long rows, String source, Instant now) {
            try {
                in.endCopy();
            } catch (SQLException e) {
                throw repeatedOrFailed(e);
            }
            try {
                ImportStaging.finish(c, run, rows, source, file, now);
                c.commit();
                ImportStaging.analyze(c, target);
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public void discard() {
            try {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            } catch (SQLException e) {
                log.debug("cancelling the COPY of {}: {}", target.table(), e.getMessage());
            }
            try {
                c.rollback();
                ImportStaging.discard(c, run, target);
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        private RuntimeException repeatedOrFailed(SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return new LoadAgain(target.table() + ": a key repeats in the file", e);
            }
            return failed(e);
        }
    }

    /** Rows as COPY's CSV: NULL is an unquoted empty field, text is quoted, instants are UTC timestamps. */
    static final class CopyCsv {
        private final boolean[] instants;
        private final StringBuilder out;
        private long cachedDay = Long.MIN_VALUE;
        private String cachedDate;

        CopyCsv(boolean[] instants, int rows) {
            this.instants = instants;
            this.out = new StringBuilder(rows * 64);
        }

        void row(long run, long seq, Object[] row) {
            out.append(run).append(',').append(seq).append(',');
            row(row);
        }

        void row(Object[] row) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object value = row[i];
                if (value == null) {
                    continue;
                }
                if (instants[i] && value instanceof Number n) {
                    instant(n.longValue());
                } else if (value instanceof Number || value instanceof Boolean) {
                    out.append(value);
                } else {
                    String text = value.toString();
                    out.append('"');
                    if (text.indexOf('"') >= 0) {
                        out.append(text.replace("\"", "\"\""));
                    } else {
                        out.append(text);
                    }
                    out.append('"');
                }
            }
            out.append('\n');
        }

        /** yyyy-MM-dd HH:mm:ss+00, the day's text kept: a file's rows come day after day. */
        private void instant(long seconds) {
            long day = Math.floorDiv(seconds, 86_400);
            if (day != cachedDay) {
                cachedDay = day;
                cachedDate = LocalDate.ofEpochDay(day).toString();
            }
            int second = (int) Math.floorMod(seconds, 86_400);
            out.append(cachedDate).append(' ');
            two(second / 3600);
            out.append(':');
            two(second / 60 % 60);
            out.append(':');
            two(second % 60);
            out.append("+00");
        }

        private void two(int n) {
            out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
        }

        byte[] bytes() {
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
