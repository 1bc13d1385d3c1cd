package io.tenure.storage.alerts;

import io.tenure.alerts.AlertMode;
import io.tenure.alerts.AlertPreferences;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** On either database: {@code alert_preference}, one row per platform and user. */
public final class SqlAlertPreferences implements AlertPreferences {
    private final Jdbi jdbi;

    public SqlAlertPreferences(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<AlertMode> of(String platform, String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT mode FROM alert_preference WHERE platform = :platform "
                        + "AND user_id = :user").bind("platform", platform).bind("user", userId)
                .mapTo(String.class).findFirst()).flatMap(AlertMode::parse);
    }

    @Override
    public void set(String platform, String userId, AlertMode mode, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO alert_preference (platform, user_id, mode, updated_at) "
                        + "VALUES (:platform, :user, :mode, :at) ON CONFLICT (platform, user_id) DO UPDATE "
                        + "SET mode = excluded.mode, updated_at = excluded.updated_at")
                .bind("platform", platform).bind("user", userId).bind("mode", mode.key())
                .bind("at", at.toEpochMilli()).execute());
    }

    @Override
    public Map<String, AlertMode> all(String platform) {
        Map<String, AlertMode> all = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT user_id, mode FROM alert_preference WHERE platform = :platform "
                        + "ORDER BY user_id").bind("platform", platform)
                .map((rs, ctx) -> {
                    String user = rs.getString(1);
                    AlertMode.parse(rs.getString(2)).ifPresent(mode -> all.put(user, mode));
                    return null;
                }).list());
        return all;
    }
}
