package io.tenure.storage.health;


import io.tenure.health.Band;
import io.tenure.health.Factor;
import io.tenure.health.HealthScore;
import io.tenure.health.Reason;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import io.tenure.health.scoring.ScoreHistory;
import org.jdbi.v3.core.Jdbi;

/** On either database: the daily history of scores: one row per account per day, upserted whenever a score is computed. */
public final class JdbcScoreHistory implements ScoreHistory {
    /** One column per factor (V70), named as the factor's key, in the enum's order. */
    private static final String FACTOR_COLUMNS = Arrays.stream(Factor.values()).map(Factor::key)
            .collect(Collectors.joining(", "));
    private static final String FACTOR_UPDATES = Arrays.stream(Factor.values())
            .map(f -> f.key() + " = excluded." + f.key()).collect(Collectors.joining(", "));
    private final Jdbi jdbi;
    private final Clock clock;

    public JdbcScoreHistory(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }



    /** Saves the scores of one day in one transaction; a complete run also marks the day as fully scored. */
    @Override
    public void save(LocalDate day, List<Entry> entries, boolean completeRun) {
        jdbi.useTransaction(h -> {
            Connection c = h.getConnection();
            try {
                if (io.tenure.storage.Vendor.of(c) == io.tenure.storage.Vendor.POSTGRESQL) {
                    saveAtOnce(c, day, entries);
                } else {
                    saveBatch(c, day, entries);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot save health scores: " + e.getMessage(), e);
            }
            if (completeRun) {
                h.createUpdate("INSERT INTO health_run (day, scored_at) VALUES (:day, :at) "
                                + "ON CONFLICT (day) DO UPDATE SET scored_at = excluded.scored_at")
                        .bind("day", day).bind("at", Instant.now(clock)).execute();
            }
        });
    }

    /** SQLite, in the process: one prepared upsert executed per entry in a batch. */
    private static void saveBatch(Connection c, LocalDate day, List<Entry> entries) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO health_score (account_key, day, score, band, "
                + "rules, " + FACTOR_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (account_key, day) DO UPDATE SET score = excluded.score, "
                + "band = excluded.band, rules = excluded.rules, " + FACTOR_UPDATES)) {
            Object text = io.tenure.storage.SqlValues.date(c, day);
            for (Entry entry : entries) {
                st.setLong(1, entry.key());
                st.setObject(2, text);
                st.setInt(3, entry.score().score());
                st.setString(4, entry.score().band().name());
                st.setString(5, rules(entry));
                int column = 6;
                for (Factor factor : Factor.values()) {
                    Integer value = entry.score().factors().get(factor);
                    if (value == null) {
                        st.setNull(column++, Types.INTEGER);
                    } else {
                        st.setInt(column++, value);
                    }
                }
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /**
     * PostgreSQL: the whole day in one statement, each column an array unnested into rows. A batch was
     * rewritten into 128-row statements of 1,536 parameters each, every one planned afresh (the pool
     * forces custom plans): most of the server's time in scoring 100,000 accounts.
     */
    private static void saveAtOnce(Connection c, LocalDate day, List<Entry> entries) throws SQLException {
        int n = entries.size();
        Long[] keys = new Long[n];
        Integer[] scores = new Integer[n];
        String[] bands = new String[n];
        String[] rules = new String[n];
        Integer[][] factors = new Integer[Factor.values().length][n];
        for (int i = 0; i < n; i++) {
            Entry entry = entries.get(i);
            keys[i] = entry.key();
            scores[i] = entry.score().score();
            bands[i] = entry.score().band().name();
            rules[i] = rules(entry);
            for (Factor factor : Factor.values()) {
                factors[factor.ordinal()][i] = entry.score().factors().get(factor);
            }
        }
        StringBuilder sql = new StringBuilder("INSERT INTO health_score (account_key, day, score, band, rules, ")
                .append(FACTOR_COLUMNS).append(") SELECT k, ?, s, b, r");
        StringBuilder unnest = new StringBuilder(" FROM unnest(?::bigint[], ?::int[], ?::text[], ?::text[]");
        StringBuilder names = new StringBuilder(") AS t(k, s, b, r");
        for (Factor factor : Factor.values()) {
            sql.append(", f").append(factor.ordinal());
            unnest.append(", ?::int[]");
            names.append(", f").append(factor.ordinal());
        }
        sql.append(unnest).append(names).append(") ON CONFLICT (account_key, day) DO UPDATE SET score = excluded.score, "
                + "band = excluded.band, rules = excluded.rules, ").append(FACTOR_UPDATES);
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            st.setObject(1, io.tenure.storage.SqlValues.date(c, day));
            st.setArray(2, c.createArrayOf("bigint", keys));
            st.setArray(3, c.createArrayOf("integer", scores));
            st.setArray(4, c.createArrayOf("text", bands));
            st.setArray(5, c.createArrayOf("text", rules));
            int column = 6;
            for (Integer[] values : factors) {
                st.setArray(column++, c.createArrayOf("integer", values));
            }
            st.executeUpdate();
        }
    }

    private static String rules(Entry entry) {
        return entry.score().reasons().stream().map(Reason::rule).collect(Collectors.joining(","));
    }

    private static LocalDate text(LocalDate day) {
        return day;
    }

    /** Every account's score on a day, by account id. */
    @Override
    public Map<String, DayScore> on(LocalDate day) {
        Map<String, DayScore> scores = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT a.id, s.score, s.band FROM health_score s "
                        + "JOIN account a ON a.key = s.account_key WHERE s.day = :day")
                .bind("day", text(day))
                .map((rs, ctx) -> {
                    scores.put(rs.getString(1), new DayScore(day, rs.getInt(2), Band.valueOf(rs.getString(3))));
                    return null;
                }).list());
        return scores;
    }

    /** One account's scores from {@code from} to {@code to}, oldest first. */
    @Override
    public List<DayScore> of(long key, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT day, score, band, " + FACTOR_COLUMNS + " FROM health_score "
                        + "WHERE account_key = :key AND day BETWEEN :from AND :to ORDER BY day")
                .bind("key", key).bind("from", text(from)).bind("to", text(to))
                .map((rs, ctx) -> new DayScore(LocalDate.parse(rs.getString(1)), rs.getInt(2),
                        Band.valueOf(rs.getString(3)), factors(rs, 4)))
                .list());
    }

    /** The factor columns from {@code first} on; empty when the row predates them (any one is NULL). */
    private static Map<Factor, Integer> factors(ResultSet rs, int first) throws SQLException {
        Map<Factor, Integer> values = new EnumMap<>(Factor.class);
        int column = first;
        for (Factor factor : Factor.values()) {
            int value = rs.getInt(column++);
            if (rs.wasNull()) {
                return Map.of();
            }
            values.put(factor, value);
        }
        return values;
    }

    /** Days in [from, to] for which every account was scored. */
    @Override
    public Set<LocalDate> completeDays(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT day FROM health_run WHERE day BETWEEN :from AND :to")
                .bind("from", text(from)).bind("to", text(to))
                .map((rs, ctx) -> LocalDate.parse(rs.getString(1))).set());
    }


    @Override
    public List<BandTotal> bandTotals(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.day, s.band, count(*), "
                        // A non-finite MRR stored before imports refused it must not make the whole sum Infinity.
                        + "sum(CASE WHEN a.mrr BETWEEN 0 AND 1e15 THEN a.mrr ELSE 0 END) FROM health_score s "
                        + "JOIN account a ON a.key = s.account_key WHERE s.day BETWEEN :from AND :to "
                        + "GROUP BY s.day, s.band ORDER BY s.day")
                .bind("from", text(from)).bind("to", text(to))
                .map((rs, ctx) -> new BandTotal(LocalDate.parse(rs.getString(1)), Band.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getDouble(4)))
                .list());
    }
}
