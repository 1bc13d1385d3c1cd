package io.tenure.health.scoring;

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
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the signals of a range of accounts as of a date with one aggregate query per table, never one
 * query per account: the activity table is clustered by account, so a range of account keys is one
 * ordered scan, and one account is a short index range (how a single rescore stays in milliseconds).
 */
public final class SignalStore {
    private static final long DAY = 86_400;

    private final Jdbi jdbi;
    private final Playbook playbook;

    public SignalStore(Jdbi jdbi, Playbook playbook) {
        this.jdbi = jdbi;
        this.playbook = playbook;
    }

    /** The smallest and largest account keys, or null when there are no accounts. */
    public long[] keyRange() {
        return jdbi.withHandle(h -> h.createQuery("SELECT min(key) AS lo, max(key) AS hi FROM account")
                .map((rs, ctx) -> rs.getObject("lo") == null ? null : new long[] {rs.getLong("lo"), rs.getLong("hi")})
                .one());
    }

    public Long keyOf(String accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT key FROM account WHERE id = :id")
                .bind("id", accountId).mapTo(Long.class).findOne().orElse(null));
    }

    /** Signals of every account whose key is in [lo, hi], in key order. */
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
                    accounts.put(rs.getLong(1), new Account(rs.getString(2), rs.getString(3), rs.getString(4),
                            BigDecimal.valueOf(rs.getDouble(5)), rs.getString(6), rs.getInt(7), date(rs.getString(8)),
                            date(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getString(12),
                            AccountStatus.valueOf(rs.getString(13).toUpperCase(java.util.Locale.ROOT)),
                            date(rs.getString(14)), rs.getString(15)));
                }
            }
        }
        return accounts;
    }

    private void activity(Connection c, long lo, long hi, long end, Map<Long, Builder> builders)
            throws SQLException {
        long trendDays = playbook.factors().activityTrend().windowDays();
        long recentFrom = end - trendDays * DAY;
        long previousFrom = end - 2 * trendDays * DAY;
        long featuresFrom = end - playbook.factors().featureBreadth().windowDays() * DAY;
        String sql = "SELECT account_key, max(CASE WHEN kind = 'login' THEN at END), max(at), "
                + "sum(at >= ?), sum(at >= ? AND at < ?), "
                + "count(DISTINCT CASE WHEN at >= ? AND kind = 'feature_use' THEN feature END) "
                + "FROM activity WHERE account_key BETWEEN ? AND ? AND at < ? GROUP BY account_key";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, recentFrom);
            st.setLong(2, previousFrom);
            st.setLong(3, recentFrom);
            st.setLong(4, featuresFrom);
            st.setLong(5, lo);
            st.setLong(6, hi);
            st.setLong(7, end);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Builder b = builders.get(rs.getLong(1));
                    if (b == null) {
                        continue;
                    }
                    b.lastLogin = day(rs, 2);
                    b.lastActivity = day(rs, 3);
                    b.recent = rs.getInt(4);
                    b.previous = rs.getInt(5);
                    b.features = rs.getInt(6);
                }
            }
        }
    }

    private void tickets(Connection c, long lo, long hi, LocalDate asOf, long end, Map<Long, Builder> builders)
            throws SQLException {
        long lookBackDays = playbook.factors().ticketLoad().windowDays();
        for (PlaybookRule rule : playbook.rules()) {
            if (rule.condition().type() == Condition.Type.TICKETS_OPENED_WITHIN) {
                lookBackDays = Math.max(lookBackDays, rule.condition().days());
            }
        }
        String sql = "SELECT account_key, id, opened_at, closed_at FROM ticket WHERE account_key BETWEEN ? AND ? "
                + "AND opened_at < ? AND (opened_at >= ? OR closed_at IS NULL OR closed_at >= ?)";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, lo);
            st.setLong(2, hi);
            st.setLong(3, end);
            st.setLong(4, end - lookBackDays * DAY);
            st.setLong(5, end);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Builder b = builders.get(rs.getLong(1));
                    if (b != null) {
                        LocalDate closed = day(rs, 4);
                        b.tickets.add(new Signals.Ticket(rs.getString(2), day(rs, 3),
                                closed == null || closed.isAfter(asOf) ? null : closed));
                    }
                }
            }
        }
    }

    private static void latestNps(Connection c, long lo, long hi, long end, Map<Long, Builder> builders)
            throws SQLException {
        // SQLite returns the other columns from the row holding max(): the latest response.
        String sql = "SELECT account_key, max(responded_at), score, comment FROM nps_response "
                + "WHERE account_key BETWEEN ? AND ? AND responded_at < ? GROUP BY account_key";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, lo);
            st.setLong(2, hi);
            st.setLong(3, end);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Builder b = builders.get(rs.getLong(1));
                    if (b != null) {
                        b.nps = new Signals.Nps(day(rs, 2), rs.getInt(3), rs.getString(4));
                    }
                }
            }
        }
    }

    private static void latestPayments(Connection c, long lo, long hi, long end, Map<Long, Builder> builders)
            throws SQLException {
        String sql = "SELECT account_key, max(at), status, amount FROM payment "
                + "WHERE account_key BETWEEN ? AND ? AND at < ? GROUP BY account_key";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, lo);
            st.setLong(2, hi);
            st.setLong(3, end);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Builder b = builders.get(rs.getLong(1));
                    if (b != null) {
                        b.payment = new Signals.Payment(day(rs, 2), rs.getString(3),
                                BigDecimal.valueOf(rs.getDouble(4)).setScale(2, java.math.RoundingMode.HALF_UP));
                    }
                }
            }
        }
    }

    private static void milestones(Connection c, long lo, long hi, LocalDate asOf, long end,
                                   Map<Long, Builder> builders) throws SQLException {
        String sql = "SELECT account_key, name, due_date, completed_at FROM milestone "
                + "WHERE account_key BETWEEN ? AND ? AND due_date < ?";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, lo);
            st.setLong(2, hi);
            st.setString(3, asOf.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Builder b = builders.get(rs.getLong(1));
                    if (b != null) {
                        long completed = rs.getLong(4);
                        boolean done = !rs.wasNull() && completed < end;
                        b.milestones.add(new Signals.Milestone(rs.getString(2), date(rs.getString(3)),
                                done ? LocalDate.ofEpochDay(Math.floorDiv(completed, DAY)) : null));
                    }
                }
            }
        }
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        long seconds = rs.getLong(column);
        return rs.wasNull() ? null : LocalDate.ofEpochDay(Math.floorDiv(seconds, DAY));
    }

    static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
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

        Builder(long key, Account account) {
            this.key = key;
            this.account = account;
        }

        Signals build() {
            return new Signals(key, account, lastLogin, lastActivity, recent, previous, features, tickets, nps,
                    payment, milestones);
        }
    }
}
