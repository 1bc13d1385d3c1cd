package io.tenure.alerts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import io.tenure.health.Band;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The alert triggers, from {@code config/alerts.yaml} (or the file at {@code alerts.rules}). A trigger left out
 * is off. Read strictly: an unknown or misspelt key is an error that names it.
 */
public record AlertRules(String evaluateAt, String zone, Triggers triggers) {
    public static final String TURNED_RED = "turned_red";
    public static final String SCORE_DROP = "score_drop";
    public static final String CANCEL_INTENT = "cancel_intent";
    public static final String PAYMENT_FAILED = "payment_failed";
    public static final String RENEWAL_SOON = "renewal_soon";

    /** Which triggers are on, with their thresholds; null means off. */
    public record Triggers(On turnedRed, Drop scoreDrop, On cancelIntent, Within paymentFailed, Renewal renewalSoon) {
    }

    /** A trigger with no threshold. */
    public record On() {
    }

    public record Drop(int points, int days) {
        public Drop {
            if (points <= 0 || days <= 0) {
                throw new IllegalArgumentException("score_drop needs points and days above 0");
            }
        }
    }

    public record Within(int days) {
        public Within {
            if (days < 0) {
                throw new IllegalArgumentException("days must not be negative");
            }
        }
    }

    public record Renewal(int days, List<String> bands) {
        public Renewal {
            if (days < 0) {
                throw new IllegalArgumentException("renewal_soon.days must not be negative");
            }
            bands = bands == null || bands.isEmpty() ? List.of("yellow", "red") : List.copyOf(bands);
            for (String band : bands) {
                Band.valueOf(band.strip().toUpperCase(Locale.ROOT));
            }
        }

        public boolean covers(Band band) {
            return bands.stream().anyMatch(b -> b.strip().equalsIgnoreCase(band.name()));
        }
    }

    public AlertRules {
        evaluateAt = evaluateAt == null || evaluateAt.isBlank() ? "07:30" : evaluateAt.strip();
        zone = zone == null || zone.isBlank() ? "UTC" : zone.strip();
        triggers = triggers == null ? new Triggers(null, null, null, null, null) : triggers;
        // Checked here, so a bad time or zone fails at start and names the key.
        try {
            LocalTime.parse(evaluateAt);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("evaluate_at must be a time such as \"07:30\", not '" + evaluateAt + "'");
        }
        try {
            ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("zone must be an IANA zone such as Asia/Seoul, not '" + zone + "'");
        }
    }

    public LocalTime time() {
        return LocalTime.parse(evaluateAt);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public boolean on(String trigger) {
        return switch (trigger) {
            case TURNED_RED -> triggers.turnedRed() != null;
            case SCORE_DROP -> triggers.scoreDrop() != null;
            case CANCEL_INTENT -> triggers.cancelIntent() != null;
            case PAYMENT_FAILED -> triggers.paymentFailed() != null;
            case RENEWAL_SOON -> triggers.renewalSoon() != null;
            default -> false;
        };
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static AlertRules load(String path) {
        try (InputStream in = ConfigFiles.open(path)) {
            AlertRules rules = YAML.readValue(in, AlertRules.class);
            if (rules == null) {
                throw new ConfigException(path + ": empty");
            }
            return rules;
        } catch (UnrecognizedPropertyException e) {
            StringBuilder key = new StringBuilder();
            e.getPath().forEach(ref -> key.append(key.isEmpty() ? "" : ".").append(ref.getFieldName()));
            throw new ConfigException(path + ": unknown key '" + key + "'", e);
        } catch (IOException e) {
            throw new ConfigException(path + ": " + e.getMessage().lines().findFirst().orElse("not valid"), e);
        } catch (RuntimeException e) {
            throw new ConfigException(path + ": " + e.getMessage(), e);
        }
    }
}
