package io.tenure.health;

import io.tenure.health.scoring.ScoreHistory;
import io.tenure.health.scoring.Signals;
import java.util.List;

/**
 * Everything `tenure account ID` shows: health, the signals behind it, the score history, and how the
 * score and its factors moved over 7 and 30 days ({@code trends}; none for a cancelled account).
 */
public record AccountProfile(AccountHealth health, Signals signals, List<ScoreHistory.DayScore> history,
                             Integer change7d, List<Trend> trends) {
    /** The days a trend is shown for. */
    public static final List<Integer> TREND_DAYS = List.of(7, 30);

    public AccountProfile {
        history = List.copyOf(history);
        trends = List.copyOf(trends);
    }
}
