package io.tenure.storage.owners;

import io.tenure.owners.OwnerCache;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** On either database: {@code owner_identity}, one row per platform and address; times as epoch milliseconds. */
public final class SqlOwnerCache implements OwnerCache {
    private final Jdbi jdbi;

    public SqlOwnerCache(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Entry> byEmail(String platform, String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT platform, email, user_id, checked_at FROM owner_identity "
                        + "WHERE platform = :platform AND email = :email")
                .bind("platform", platform).bind("email", email)
                .map((rs, ctx) -> entry(rs)).findFirst());
    }

    @Override
    public Optional<Entry> byUser(String platform, String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT platform, email, user_id, checked_at FROM owner_identity "
                        + "WHERE platform = :platform AND user_id = :user ORDER BY checked_at DESC")
                .bind("platform", platform).bind("user", userId)
                .map((rs, ctx) -> entry(rs)).findFirst());
    }

    @Override
    public void put(Entry entry) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO owner_identity (platform, email, user_id, checked_at) "
                        + "VALUES (:platform, :email, :user, :at) ON CONFLICT (platform, email) DO UPDATE "
                        + "SET user_id = excluded.user_id, checked_at = excluded.checked_at")
                .bind("platform", entry.platform()).bind("email", entry.email()).bind("user", entry.userId())
                .bind("at", entry.checkedAt().toEpochMilli()).execute());
    }

    @Override
    public List<Entry> all(String platform) {
        return jdbi.withHandle(h -> h.createQuery("SELECT platform, email, user_id, checked_at FROM owner_identity "
                        + "WHERE platform = :platform ORDER BY email")
                .bind("platform", platform)
                .map((rs, ctx) -> entry(rs)).list());
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Entry(rs.getString(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)));
    }
}
