package io.tenure.health;

import io.tenure.health.scoring.ScoreHistory;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * How an account's score and each factor moved over {@code days} days, from the kept daily history: today
 * against the score kept on {@code since}. A day never scored is unknown, never a change of zero.
 *
 * @param then the score kept on {@code since}, or null when that day was never scored for the account
 */
public record Trend(int days, LocalDate since, HealthScore now, ScoreHistory.DayScore then) {

    public static Trend of(HealthScore now, int days, Iterable<ScoreHistory.DayScore> history) {
        LocalDate since = now.asOf().minusDays(days);
        ScoreHistory.DayScore found = null;
        for (ScoreHistory.DayScore day : history) {
            if (day.day().equals(since)) {
                found = day;
            }
        }
        return new Trend(days, since, now, found);
    }

    /** Whether the account was scored on {@code since}. */
    public boolean known() {
        return then != null;
    }

    /** Score now minus score then, or null when unknown. */
    public Integer scoreChange() {
        return then == null ? null : now.score() - then.score();
    }

    /** Each factor's change, for the factors known on both days (none for days kept before factors were). */
    public Map<Factor, Integer> factorChanges() {
        Map<Factor, Integer> changes = new EnumMap<>(Factor.class);
        if (then != null) {
            for (Factor factor : Factor.values()) {
                Integer a = now.factors().get(factor);
                Integer b = then.factors().get(factor);
                if (a != null && b != null) {
                    changes.put(factor, a - b);
                }
            }
        }
        return changes;
    }

    /** ↑, ↓ or →: the direction of a change. Always printed beside the signed number, which says it in ASCII. */
    public static String arrow(int change) {
        return change > 0 ? "↑" : change < 0 ? "↓" : "→";
    }

    /** "↓ -15", "↑ +3", "→ 0". */
    public static String signed(int change) {
        return arrow(change) + " " + (change > 0 ? "+" : "") + change;
    }

    /** "up", "down" or "flat", for JSON. */
    public static String direction(int change) {
        return change > 0 ? "up" : change < 0 ? "down" : "flat";
    }
}
