package io.tenure.health;

import io.tenure.health.scoring.ScoreHistory;
import io.tenure.health.scoring.Signals;
import java.util.List;

/** Everything `tenure account ID` shows: health, the signals behind it, and the score history. */
public record AccountProfile(AccountHealth health, Signals signals, List<ScoreHistory.DayScore> history,
                             Integer change7d) {
    public AccountProfile {
        history = List.copyOf(history);
    }
}
