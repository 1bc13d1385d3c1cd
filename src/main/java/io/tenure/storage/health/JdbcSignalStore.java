package io.tenure.storage.health;

import io.tenure.health.Account;
import io.tenure.health.AccountStatus;
import io.tenure.health.playbook.Condition;
import io.tenure.health.playbook.Playbook;
import io.tenure.health.playbook.PlaybookRule;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.tenure.health.scoring.SignalStore;
import io.tenure.health.scoring.Signals;
import io.tenure.storage.SqlValues;
import io.tenure.storage.Vendor;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The account signals on either database. Reads the signals of a range of accounts as of a date with one aggregate query per table, never one
 * query per account: the activity table is clustered by account, so a range of account keys is one
 * ordered scan, and one account is a short index range (how a single rescore stays in milliseconds).
 */
public final class JdbcSignalStore implements SignalStore {
    private static final long DAY = 86_400;

    private final Jdbi jdbi;
    private final Playbook playbook;
    private Handle pointHandle;

    public JdbcSignalStore(Jdbi jdbi, Playbook playbook) {
        this.jdbi = jdbi;
        this.playbook = playbook;
    }

    /** The smallest and largest account keys, or null when there are no accounts. */
    @Override
    public long[] keyRange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT min(key) AS lo, max(key) AS hi FROM account")
                .map((rs, ctx) -> rs.getObject("lo") == null ? null : new long[] {rs.getLong("lo"), rs.getLong("hi")})
                .one());
    }

    @Override
    public Long keyOf(String accountId) {
        synchronized (this) {
            try (PreparedStatement st = pointConnection().prepareStatement("SELECT key FROM account WHERE id = ?")) {
                st.setString(1, accountId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot look up account " + accountId + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * The signals of one account, read on a connection kept open for single-account look-ups: opening
     * a connection costs about as much as the reads themselves.
     */
    @Override
    public synchronized Signals readOne(long key, LocalDate asOf) {
        try {
            List<Signals> one = read(pointConnection(), key, key, asOf);
            return one.isEmpty() ? null : one.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read account signals: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized Signals readOne(String accountId, LocalDate asOf) {
        try {
            Connection c = pointConnection();
            if (Vendor.of(c) == Vendor.POSTGRESQL) {
                return readOneAtOnce(c, accountId, asOf);
            }
            // SQLite runs in the process: its queries cost microseconds each, no round trip to save.
            Long key = keyOf(accountId);
            if (key == null) {
                return null;
            }
            List<Signals> one = read(c, key, key, asOf);
            return one.isEmpty() ? null : one.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read account signals: " + e.getMessage(), e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * PostgreSQL: the account row and every signal a score needs in one statement (scalar subqueries and
     * JSON arrays for the lists), the same filters as the range queries below: a rescore is one round
     * trip instead of nine.
     */
    private Signals readOneAtOnce(Connection c, String accountId, LocalDate asOf) throws SQLException {
        long end = (asOf.toEpochDay() + 1) * DAY;
        Windows w = windows(end);
        int cancelDays = cancelIntentDays();
        List<Object> params = new ArrayList<>();
        Vendor v = Vendor.POSTGRESQL;
        StringBuilder sql = new StringBuilder("SELECT a.key, a.id, a.name, a.plan, a.mrr, a.currency, a.seats, "
                + "a.signup_date, a.renewal_date, a.owner, a.contact_email, a.language, a.status, a.cancelled_at, "
                + "a.cancel_reason, "
                + "(SELECT extract(epoch FROM max(at))::bigint FROM activity WHERE account_key = a.key AND at < ?), "
                + "(SELECT extract(epoch FROM at)::bigint FROM activity WHERE account_key = a.key AND at < ? "
                + "AND kind = 'login' ORDER BY at DESC LIMIT 1), "
                + "w.recent, w.previous, w.features, "
                + "(SELECT json_agg(json_build_array(id, extract(epoch FROM opened_at)::bigint, "
                + "extract(epoch FROM closed_at)::bigint)) FROM ticket WHERE account_key = a.key AND opened_at < ? "
                + "AND (opened_at >= ? OR closed_at IS NULL OR closed_at >= ?)), "
                + "(SELECT json_build_array(extract(epoch FROM responded_at)::bigint, score, comment) FROM nps_response "
                + "WHERE account_key = a.key AND responded_at < ? ORDER BY responded_at DESC LIMIT 1), "
                + "(SELECT json_build_array(extract(epoch FROM at)::bigint, status, amount) FROM payment "
                + "WHERE account_key = a.key AND at < ? ORDER BY at DESC, status LIMIT 1), "
                + "(SELECT json_agg(json_build_array(name, due_date, extract(epoch FROM completed_at)::bigint)) "
                + "FROM milestone WHERE account_key = a.key AND due_date < ?), ");
        params.add(SqlValues.seconds(v, end));
        params.add(SqlValues.seconds(v, end));
        params.add(SqlValues.seconds(v, end));
        params.add(SqlValues.seconds(v, end - ticketLookBackDays() * DAY));
        params.add(SqlValues.seconds(v, end));
        params.add(SqlValues.seconds(v, end));
        params.add(SqlValues.seconds(v, end));
        params.add(SqlValues.date(v, asOf));
        if (cancelDays < 0) {
            sql.append("NULL ");
        } else {
            sql.append("(SELECT json_agg(json_build_array(extract(epoch FROM asked_at)::bigint, question, intent) "
                    + "ORDER BY asked_at, id) FROM cancel_intent WHERE account_id = a.id AND asked_at < ? "
                    + "AND asked_at >= ?) ");
            params.add(SqlValues.seconds(v, end));
            params.add(SqlValues.seconds(v, end - (cancelDays + 1L) * DAY));
        }
        sql.append("FROM account a LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE at >= ?) AS recent, "
                + "count(*) FILTER (WHERE at >= ? AND at < ?) AS previous, "
                + "count(DISTINCT CASE WHEN at >= ? AND kind = 'feature_use' THEN feature END) AS features "
                + "FROM activity WHERE account_key = a.key AND at >= ? AND at < ?) w ON true WHERE a.id = ?");
        params.add(SqlValues.seconds(v, w.recentFrom()));
        params.add(SqlValues.seconds(v, w.previousFrom()));
        params.add(SqlValues.seconds(v, w.recentFrom()));
        params.add(SqlValues.seconds(v, w.featuresFrom()));
        params.add(SqlValues.seconds(v, w.from()));
        params.add(SqlValues.seconds(v, end));
        params.add(accountId);
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Builder b = new Builder(rs.getLong(1), account(rs, 2));
                b.lastActivity = epochDay(rs, 16);
                b.lastLogin = epochDay(rs, 17);
                b.recent = rs.getInt(18);
                b.previous = rs.getInt(19);
                b.features = rs.getInt(20);
                for (var t : json(rs, 21)) {
                    LocalDate closed = jsonDay(t.get(2));
                    b.tickets.add(new Signals.Ticket(t.get(0).asText(), jsonDay(t.get(1)),
                            closed == null || closed.isAfter(asOf) ? null : closed));
                }
                var nps = json(rs, 22);
                if (!nps.isEmpty()) {
                    b.nps = new Signals.Nps(jsonDay(nps.get(0)), nps.get(1).asInt(), nps.get(2).asText());
                }
                var payment = json(rs, 23);
                if (!payment.isEmpty()) {
                    b.payment = new Signals.Payment(jsonDay(payment.get(0)), payment.get(1).asText(),
                            storedAmount(payment.get(2).asDouble(), "payment amount", String.valueOf(b.key))
                                    .setScale(2, java.math.RoundingMode.HALF_UP));
                }
                for (var m : json(rs, 24)) {
                    boolean done = !m.get(2).isNull() && m.get(2).asLong() < end;
                    b.milestones.add(new Signals.Milestone(m.get(0).asText(), date(m.get(1).asText()),
                            done ? jsonDay(m.get(2)) : null));
                }
                for (var ci : json(rs, 25)) {
                    b.cancelIntents.add(new Signals.CancelIntent(jsonDay(ci.get(0)), ci.get(1).asText(),
                            ci.get(2).asText()));
                }
                return b.build();
            }
        }
    }

    private static LocalDate epochDay(ResultSet rs, int column) throws SQLException {
        long seconds = rs.getLong(column);
        return rs.wasNull() ? null : LocalDate.ofEpochDay(Math.floorDiv(seconds, DAY));
    }

    private static LocalDate jsonDay(com.fasterxml.jackson.databind.JsonNode seconds) {
        return seconds == null || seconds.isNull() ? null : LocalDate.ofEpochDay(Math.floorDiv(seconds.asLong(), DAY));
    }

    /** A JSON array column as its elements; SQL NULL (no rows) as none. */
    private static com.fasterxml.jackson.databind.JsonNode json(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? JSON.createArrayNode() : JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("unreadable signals of one account: " + e.getOriginalMessage(), e);
        }
    }

    private int cancelIntentDays() {
        return playbook.rules().stream()
                .filter(rule -> rule.condition().type() == Condition.Type.CANCEL_INTENT_WITHIN)
                .mapToInt(rule -> rule.condition().days()).max().orElse(-1);
    }

    private long ticketLookBackDays() {
        long lookBackDays = playbook.factors().ticketLoad().windowDays();
        for (PlaybookRule rule : playbook.rules()) {
            if (rule.condition().type() == Condition.Type.TICKETS_OPENED_WITHIN) {
                lookBackDays = Math.max(lookBackDays, rule.condition().days());
            }
        }
        return lookBackDays;
    }

    private Connection pointConnection() throws SQLException {
        if (pointHandle == null) {
            pointHandle = jdbi.open();
        }
        return pointHandle.getConnection();
    }

    /** Closes the connection kept for single-account look-ups. */
    @Override
    public synchronized void close() {
        if (pointHandle != null) {
            pointHandle.close();
            pointHandle = null;
        }
    }

    /** Signals of every account whose key is in [lo, hi], in key order. */
    @Override
    public List<Signals> read(long lo, long hi, LocalDate asOf) {
        return jdbi.withHandle(h -> {
            try {
                return read(h.getConnection(), lo, hi, asOf);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read account signals: " + e.getMessage(), e);
            }
        });
    }

    private List<Signals> read(Connection c, long lo, long hi, LocalDate asOf) throws SQLException {
        long end = (asOf.toEpochDay() + 1) * DAY;
        Map<Long, Account> accounts = accounts(c, lo, hi);
        Map<Long, Builder> builders = new LinkedHashMap<>();
        accounts.forEach((key, account) -> builders.put(key, new Builder(key, account)));
        activity(c, lo, hi, end, builders);
        tickets(c, lo, hi, asOf, end, builders);
        latestNps(c, lo, hi, end, builders);
        latestPayments(c, lo, hi, end, builders);
        milestones(c, lo, hi, asOf, end, builders);
        cancelIntents(c, lo, hi, end, builders);
        List<Signals> signals = new ArrayList<>(builders.size());
        for (Builder b : builders.values()) {
            signals.add(b.build());
        }
        return signals;
    }

    static Map<Long, Account> accounts(Connection c, long lo, long hi) throws SQLException {
        Map<Long, Account> accounts = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT key, id, name, plan, mrr, currency, seats, signup_date, "
                + "renewal_date, owner, contact_email, language, status, cancelled_at, cancel_reason FROM account "
                + "WHERE key BETWEEN ? AND ? ORDER BY key")) {
            st.setLong(1, lo);
            st.setLong(2, hi);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    accounts.put(rs.getLong(1), account(rs, 2));
                }
            }
        }
        return accounts;
    }

    /** The account whose id is in column {@code from}, followed by the other account columns in table order. */
    private static Account account(ResultSet rs, int from) throws SQLException {
        int i = from;
        return new Account(rs.getString(i), rs.getString(i + 1), rs.getString(i + 2),
                storedAmount(rs.getDouble(i + 3), "mrr", rs.getString(i)), rs.getString(i + 4), rs.getInt(i + 5),
                date(rs.getString(i + 6)), date(rs.getString(i + 7)), rs.getString(i + 8), rs.getString(i + 9),
                rs.getString(i + 10), AccountStatus.valueOf(rs.getString(i + 11).toUpperCase(java.util.Locale.ROOT)),
                date(rs.getString(i + 12)), rs.getString(i + 13));
    }

    /**
     * The activity windows that end at {@code end} (epoch seconds, the day after the score's date): recent
     * activity (the trend window), the window before it, and feature breadth's; every query that counts them
     * reads activity from {@link #from()} on.
     */
    private record Windows(long recentFrom, long previousFrom, long featuresFrom) {
        long from() {
            return Math.min(previousFrom, featuresFrom);
        }
    }

    private Windows windows(long end) {
        long trendDays = playbook.factors().activityTrend().windowDays();
        return new Windows(end - trendDays * DAY, end - 2 * trendDays * DAY,
                end - playbook.factors().featureBreadth().windowDays() * DAY);
    }

    /**
     * SQLite: two queries that touch only the rows they need: the latest login and activity by a backward
     * index seek per account, and the window counts by an index range per account over the last weeks only.
     * PostgreSQL takes one statement instead ({@link #activityAtOnce}).
     */
    private void activity(Connection c, long lo, long hi, long end, Map<Long, Builder> builders)
            throws SQLException {
        Vendor v = Vendor.of(c);
        if (v == Vendor.POSTGRESQL) {
            activityAtOnce(c, lo, hi, end, builders);
            return;
        }
        eachRow(c, "SELECT a.key, "
                + "(SELECT max(at) FROM activity WHERE account_key = a.key AND at < ?), "
                + "(SELECT at FROM activity WHERE account_key = a.key AND at < ? AND kind = 'login' "
                + "ORDER BY at DESC LIMIT 1) FROM account a WHERE a.key BETWEEN ? AND ?", builders, (rs, b) -> {
                    b.lastActivity = day(rs, 2);
                    b.lastLogin = day(rs, 3);
                }, SqlValues.seconds(v, end), SqlValues.seconds(v, end), lo, hi);
        Windows w = windows(end);
        eachRow(c, "SELECT a.key, count(*) FILTER (WHERE x.at >= ?), count(*) FILTER (WHERE x.at >= ? AND x.at < ?), "
                + "count(DISTINCT CASE WHEN x.at >= ? AND x.kind = 'feature_use' THEN x.feature END) "
                + "FROM account a JOIN activity x ON x.account_key = a.key AND x.at >= ? AND x.at < ? "
                + "WHERE a.key BETWEEN ? AND ? GROUP BY a.key", builders, (rs, b) -> {
                    b.recent = rs.getInt(2);
                    b.previous = rs.getInt(3);
                    b.features = rs.getInt(4);
                }, SqlValues.seconds(v, w.recentFrom()), SqlValues.seconds(v, w.previousFrom()),
                SqlValues.seconds(v, w.recentFrom()), SqlValues.seconds(v, w.featuresFrom()),
                SqlValues.seconds(v, w.from()), SqlValues.seconds(v, end), lo, hi);
    }

    /**
     * PostgreSQL: the same five values in one statement per slice. The window counts filter the activity
     * table's own key range ({@code x.account_key BETWEEN}), so they are one ordered scan of the primary key
     * in the slice, grouped as it goes and merge-joined to the accounts; the join through {@code account}
     * that SQLite's query uses let the planner scan the whole activity table once per slice (a parallel
     * sequential scan, then a sort for the distinct features), which was most of scoring's server time.
     * The latest activity and login stay backward index seeks per account: they never read old history.
     */
    private void activityAtOnce(Connection c, long lo, long hi, long end, Map<Long, Builder> builders)
            throws SQLException {
        Vendor v = Vendor.POSTGRESQL;
        Windows w = windows(end);
        String sql = "SELECT a.key, "
                + "(SELECT max(at) FROM activity WHERE account_key = a.key AND at < ?), "
                + "(SELECT at FROM activity WHERE account_key = a.key AND at < ? AND kind = 'login' "
                + "ORDER BY at DESC LIMIT 1), "
                + "w.recent, w.previous, w.features FROM account a LEFT JOIN ("
                + "SELECT x.account_key, count(*) FILTER (WHERE x.at >= ?) AS recent, "
                + "count(*) FILTER (WHERE x.at >= ? AND x.at < ?) AS previous, "
                + "count(DISTINCT CASE WHEN x.at >= ? AND x.kind = 'feature_use' THEN x.feature END) AS features "
                + "FROM activity x WHERE x.account_key BETWEEN ? AND ? AND x.at >= ? AND x.at < ? "
                + "GROUP BY x.account_key) w ON w.account_key = a.key WHERE a.key BETWEEN ? AND ?";
        eachRow(c, sql, builders, (rs, b) -> {
            b.lastActivity = day(rs, 2);
            b.lastLogin = day(rs, 3);
            // No activity in the windows: no joined row, and getInt reads SQL NULL as 0, as before.
            b.recent = rs.getInt(4);
            b.previous = rs.getInt(5);
            b.features = rs.getInt(6);
        }, SqlValues.seconds(v, end), SqlValues.seconds(v, end), SqlValues.seconds(v, w.recentFrom()),
                SqlValues.seconds(v, w.previousFrom()), SqlValues.seconds(v, w.recentFrom()),
                SqlValues.seconds(v, w.featuresFrom()), lo, hi, SqlValues.seconds(v, w.from()),
                SqlValues.seconds(v, end), lo, hi);
    }

    private void tickets(Connection c, long lo, long hi, LocalDate asOf, long end, Map<Long, Builder> builders)
            throws SQLException {
        long lookBackDays = ticketLookBackDays();
        String sql = "SELECT account_key, id, opened_at, closed_at FROM ticket WHERE account_key BETWEEN ? AND ? "
                + "AND opened_at < ? AND (opened_at >= ? OR closed_at IS NULL OR closed_at >= ?)";
        Vendor v = Vendor.of(c);
        eachRow(c, sql, builders, (rs, b) -> {
            LocalDate closed = day(rs, 4);
            b.tickets.add(new Signals.Ticket(rs.getString(2), day(rs, 3),
                    closed == null || closed.isAfter(asOf) ? null : closed));
        }, lo, hi, SqlValues.seconds(v, end), SqlValues.seconds(v, end - lookBackDays * DAY), SqlValues.seconds(v, end));
    }

    private static void latestNps(Connection c, long lo, long hi, long end, Map<Long, Builder> builders)
            throws SQLException {
        // The latest response per account, by a window over each account's responses before the date.
        String sql = "SELECT account_key, responded_at, score, comment FROM (SELECT account_key, responded_at, score, "
                + "comment, row_number() OVER (PARTITION BY account_key ORDER BY responded_at DESC) AS n "
                + "FROM nps_response WHERE account_key BETWEEN ? AND ? AND responded_at < ?) latest WHERE n = 1";
        eachRow(c, sql, builders, (rs, b) -> b.nps = new Signals.Nps(day(rs, 2), rs.getInt(3), rs.getString(4)),
                lo, hi, SqlValues.seconds(Vendor.of(c), end));
    }

    /**
     * An amount as stored. Imports refuse non-finite amounts, but a database written before they did may
     * hold Infinity: that one account counts as 0 (and says so in the log) rather than every risk list,
     * digest and summary failing for everyone.
     */
    static BigDecimal storedAmount(double value, String what, String account) {
        if (Double.isFinite(value)) {
            return BigDecimal.valueOf(value);
        }
        org.slf4j.LoggerFactory.getLogger(JdbcSignalStore.class).warn(
                "account {}: the stored {} is {}, counted as 0; re-import accounts.csv with a real amount",
                account, what, value);
        return BigDecimal.ZERO;
    }

    private static void latestPayments(Connection c, long lo, long hi, long end, Map<Long, Builder> builders)
            throws SQLException {
        // The latest payment per account; of two at the same second, the one whose status sorts first.
        String sql = "SELECT account_key, at, status, amount FROM (SELECT account_key, at, status, amount, "
                + "row_number() OVER (PARTITION BY account_key ORDER BY at DESC, status) AS n "
                + "FROM payment WHERE account_key BETWEEN ? AND ? AND at < ?) latest WHERE n = 1";
        eachRow(c, sql, builders, (rs, b) -> b.payment = new Signals.Payment(day(rs, 2), rs.getString(3),
                        storedAmount(rs.getDouble(4), "payment amount", String.valueOf(rs.getLong(1)))
                                .setScale(2, java.math.RoundingMode.HALF_UP)),
                lo, hi, SqlValues.seconds(Vendor.of(c), end));
    }

    private static void milestones(Connection c, long lo, long hi, LocalDate asOf, long end,
                                   Map<Long, Builder> builders) throws SQLException {
        String sql = "SELECT account_key, name, due_date, completed_at FROM milestone "
                + "WHERE account_key BETWEEN ? AND ? AND due_date < ?";
        eachRow(c, sql, builders, (rs, b) -> {
            Long completedAt = SqlValues.epochSeconds(rs, 4);
            long completed = completedAt == null ? 0 : completedAt;
            boolean done = completedAt != null && completed < end;
            b.milestones.add(new Signals.Milestone(rs.getString(2), date(rs.getString(3)),
                    done ? LocalDate.ofEpochDay(Math.floorDiv(completed, DAY)) : null));
        }, lo, hi, SqlValues.date(c, asOf));
    }

    /** Only when a rule reads them, and only as far back as the longest such rule looks. */
    private void cancelIntents(Connection c, long lo, long hi, long end, Map<Long, Builder> builders)
            throws SQLException {
        int lookBackDays = cancelIntentDays();
        if (lookBackDays < 0) {
            return;
        }
        String sql = "SELECT a.key, ci.asked_at, ci.question, ci.intent FROM cancel_intent ci "
                + "JOIN account a ON a.id = ci.account_id WHERE a.key BETWEEN ? AND ? AND ci.asked_at < ? "
                + "AND ci.asked_at >= ? ORDER BY ci.asked_at, ci.id";
        Vendor v = Vendor.of(c);
        eachRow(c, sql, builders,
                (rs, b) -> b.cancelIntents.add(new Signals.CancelIntent(day(rs, 2), rs.getString(3), rs.getString(4))),
                lo, hi, SqlValues.seconds(v, end), SqlValues.seconds(v, end - (lookBackDays + 1L) * DAY));
    }

    /** One row of a slice query, read into the builder of the account it is about. */
    @FunctionalInterface
    private interface RowInto {
        void read(ResultSet rs, Builder b) throws SQLException;
    }

    /**
     * Runs a query over a slice of accounts whose first column is the account key, and reads each row into
     * that account's builder (a row of an account the slice does not hold is passed over).
     */
    private static void eachRow(Connection c, String sql, Map<Long, Builder> builders, RowInto into, Object... params)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Builder b = builders.get(rs.getLong(1));
                    if (b != null) {
                        into.read(rs, b);
                    }
                }
            }
        }
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        Long seconds = SqlValues.epochSeconds(rs, column);
        return seconds == null ? null : LocalDate.ofEpochDay(Math.floorDiv(seconds, DAY));
    }

    /** Dates as the import stores them, yyyy-MM-dd; parsed by hand because every account has three. */
    static LocalDate date(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        }
        return LocalDate.parse(text);
    }

    private static final class Builder {
        final long key;
        final Account account;
        LocalDate lastLogin;
        LocalDate lastActivity;
        int recent;
        int previous;
        int features;
        final List<Signals.Ticket> tickets = new ArrayList<>(0);
        Signals.Nps nps;
        Signals.Payment payment;
        final List<Signals.Milestone> milestones = new ArrayList<>(0);
        final List<Signals.CancelIntent> cancelIntents = new ArrayList<>(0);

        Builder(long key, Account account) {
            this.key = key;
            this.account = account;
        }

        Signals build() {
            return new Signals(key, account, lastLogin, lastActivity, recent, previous, features, tickets, nps,
                    payment, milestones, cancelIntents);
        }
    }
}
