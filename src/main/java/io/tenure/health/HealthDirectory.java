package io.tenure.health;

import io.tenure.health.scoring.HealthScorer;
import io.tenure.health.scoring.ScoreHistory;
import io.tenure.health.scoring.Signals;
import io.tenure.health.scoring.SignalStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Account health from the database: scores every account from a few aggregate scans (split across the
 * cores by account key), rescoring one account from its own rows, and keeps the daily score history.
 */
public final class HealthDirectory implements AccountDirectory {
    private static final Logger log = LoggerFactory.getLogger(HealthDirectory.class);
    /** Highest risk first: active accounts by score, lower first, then by MRR; lost ones (win-back) last. */
    public static final Comparator<AccountHealth> RISK_ORDER = Comparator
            .comparing((AccountHealth h) -> HealthScorer.cancelledOn(h.account(), h.health().asOf()))
            // The band first: an account a rule keeps yellow (min_band) ranks above a green one with a lower score.
            .thenComparing((AccountHealth h) -> h.health().band(), Comparator.reverseOrder())
            .thenComparingInt(h -> h.health().score())
            .thenComparing((AccountHealth h) -> h.account().mrr(), Comparator.reverseOrder())
            .thenComparing(h -> h.account().id());

    private final SignalStore signals;
    private final HealthScorer scorer;
    private final ScoreHistory history;

    public HealthDirectory(SignalStore signals, HealthScorer scorer, ScoreHistory history) {
        this.signals = signals;
        this.scorer = scorer;
        this.history = history;
    }

    /** Releases the connection kept for single-account look-ups. */
    public void close() {
        signals.close();
    }

    public HealthScorer scorer() {
        return scorer;
    }

    public ScoreHistory history() {
        return history;
    }

    /** Rescores one account from its own rows (an index range per table); writes nothing. */
    @Override
    public Optional<AccountHealth> find(String accountId, LocalDate asOf) {
        Signals one = signals.readOne(accountId, asOf);
        return one == null ? Optional.empty() : Optional.of(new AccountHealth(one.account(), scorer.score(one, asOf)));
    }

    /** One account's health with its signals and the last 30 days of score history (today's recorded). */
    public Optional<AccountProfile> profile(String accountId, LocalDate asOf) {
        Signals one = signals.readOne(accountId, asOf);
        if (one == null) {
            return Optional.empty();
        }
        long key = one.key();
        HealthScore score = scorer.score(one, asOf);
        boolean lost = HealthScorer.cancelledOn(one.account(), asOf);
        if (!lost) {
            history.save(asOf, List.of(new ScoreHistory.Entry(key, score)), false);
        }
        int longest = AccountProfile.TREND_DAYS.stream().mapToInt(Integer::intValue).max().orElse(0);
        List<ScoreHistory.DayScore> kept = history.of(key, asOf.minusDays(Math.max(29, longest)), asOf);
        List<Trend> trends = lost ? List.of()
                : AccountProfile.TREND_DAYS.stream().map(d -> Trend.of(score, d, kept)).toList();
        // The history shown stays the last 30 days, today included; the trend reaches one day further.
        List<ScoreHistory.DayScore> days = kept.stream().filter(d -> !d.day().isBefore(asOf.minusDays(29))).toList();
        Integer change = lost ? null : trends.get(0).scoreChange();
        return Optional.of(new AccountProfile(new AccountHealth(one.account(), score), one, days, change, trends));
    }

    public boolean exists(String accountId) {
        return signals.keyOf(accountId) != null;
    }

    /** One account's score history from {@code from} to {@code to}. */
    public List<ScoreHistory.DayScore> historyOf(String accountId, LocalDate from, LocalDate to) {
        Long key = signals.keyOf(accountId);
        return key == null ? List.of() : history.of(key, from, to);
    }

    @Override
    public List<AccountHealth> atRisk(LocalDate asOf, int limit) {
        return scoreAll(asOf).stream()
                .filter(h -> !h.health().reasons().isEmpty())
                .sorted(RISK_ORDER)
                .limit(limit)
                .toList();
    }

    /**
     * The risk list with each account's change over 7 days, highest risk first.
     *
     * @param band only this band, or null for red and yellow
     * @param everyFired also green accounts where a rule fired and cancelled accounts due a win-back step
     *                   (the watch list); without it, only active and paused accounts in red or yellow
     */
    public List<RiskEntry> riskList(LocalDate asOf, Band band, boolean everyFired) {
        List<AccountHealth> atRisk = atRisk(asOf, Integer.MAX_VALUE);
        Map<String, ScoreHistory.DayScore> weekAgo = history.on(asOf.minusDays(7));
        return atRisk.stream()
                .filter(h -> band == null || h.health().band() == band)
                .filter(h -> everyFired || inRedOrYellow(h))
                .map(h -> {
                    ScoreHistory.DayScore before = weekAgo.get(h.account().id());
                    boolean lost = HealthScorer.cancelledOn(h.account(), asOf);
                    return new RiskEntry(h, before == null || lost ? null : h.health().score() - before.score());
                })
                .toList();
    }

    /** At risk in the strict sense: a customer today (not cancelled) whose band is red or yellow. */
    public static boolean inRedOrYellow(AccountHealth h) {
        return !HealthScorer.cancelledOn(h.account(), h.health().asOf()) && h.health().band() != Band.GREEN;
    }

    /** Scores every account as of a date and records the day in the history. */
    public List<AccountHealth> scoreAll(LocalDate asOf) {
        long started = System.nanoTime();
        long[] range = signals.keyRange();
        if (range == null) {
            return List.of();
        }
        // A few slices per core, each read on its own connection: WAL lets the readers run together.
        int slices = Math.max(1, Runtime.getRuntime().availableProcessors() * 2);
        long step = Math.max(1, (range[1] - range[0] + slices) / slices);
        List<List<Scored>> parts = IntStream.range(0, slices).parallel()
                .mapToObj(i -> {
                    long lo = range[0] + i * step;
                    long hi = i == slices - 1 ? range[1] : Math.min(range[1], lo + step - 1);
                    List<Scored> scored = new ArrayList<>();
                    if (lo <= range[1]) {
                        for (Signals s : signals.read(lo, hi, asOf)) {
                            if (s.account().signupDate().isAfter(asOf)) {
                                continue; // not a customer yet on that day
                            }
                            scored.add(new Scored(s.key(), new AccountHealth(s.account(), scorer.score(s, asOf))));
                        }
                    }
                    return scored;
                })
                .toList();
        List<AccountHealth> all = new ArrayList<>();
        List<ScoreHistory.Entry> toSave = new ArrayList<>();
        for (List<Scored> part : parts) {
            for (Scored scored : part) {
                all.add(scored.health());
                if (!HealthScorer.cancelledOn(scored.health().account(), asOf)) {
                    toSave.add(new ScoreHistory.Entry(scored.key(), scored.health().health()));
                }
            }
        }
        long scored = System.nanoTime();
        history.save(asOf, toSave, true);
        log.debug("scored {} accounts as of {}: read and scored in {} ms, history saved in {} ms", all.size(), asOf,
                (scored - started) / 1_000_000, (System.nanoTime() - scored) / 1_000_000);
        return all;
    }

    private record Scored(long key, AccountHealth health) {
    }
}
