package io.tenure.health.digest;

import io.tenure.assistant.Attachment;
import io.tenure.assistant.DailyDigest;
import io.tenure.assistant.Reply;
import io.tenure.health.AccountHealth;
import io.tenure.health.Band;
import io.tenure.health.HealthDirectory;
import io.tenure.health.playbook.Condition;
import io.tenure.health.playbook.PlaybookRule;
import io.tenure.health.scoring.HealthScorer;
import io.tenure.health.scoring.ScoreHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The daily digest: accounts new in red since the last digest, the biggest drops over 7 days, renewals at risk, MRR at
 * risk, 30-day churn and retention, and a chart of the last 30 days (at-risk accounts per band, their
 * MRR, and the score lines of the most at-risk accounts). Days of that window that were
 * never scored are scored first, so the chart is complete from the first run.
 */
public final class RiskDigest implements DailyDigest {
    static final int WINDOW_DAYS = 30;
    private static final int DROPS_SHOWN = 5;
    /** Score lines on the chart: more than this many lines cannot be told apart. */
    static final int LINES_SHOWN = 8;

    private final HealthDirectory directory;
    private final ChurnHistory churns;
    private final Path outDir;
    private final String currency;
    private final DigestDays made;

    public RiskDigest(HealthDirectory directory, ChurnHistory churns, Path outDir) {
        this(directory, churns, outDir, "USD");
    }

    /** @param currency {@code health.currency}: the MRR sums hold only accounts billed in it */
    public RiskDigest(HealthDirectory directory, ChurnHistory churns, Path outDir, String currency) {
        this(directory, churns, outDir, currency, null);
    }

    /** @param made the days digests were made; null: "new in red" is counted since yesterday */
    public RiskDigest(HealthDirectory directory, ChurnHistory churns, Path outDir, String currency, DigestDays made) {
        this.directory = directory;
        this.churns = churns;
        this.outDir = outDir;
        this.currency = currency;
        this.made = made;
    }

    public Digest compute(LocalDate asOf) {
        LocalDate from = asOf.minusDays(WINDOW_DAYS - 1L);
        // One day more than the chart shows: `account` compares with the score kept 30 days ago.
        LocalDate firstScored = asOf.minusDays(WINDOW_DAYS);
        Set<LocalDate> scored = directory.history().completeDays(firstScored, asOf.minusDays(1));
        for (LocalDate day = firstScored; day.isBefore(asOf); day = day.plusDays(1)) {
            if (!scored.contains(day)) {
                directory.scoreAll(day);
            }
        }
        List<AccountHealth> today = directory.scoreAll(asOf).stream()
                .filter(h -> !HealthScorer.cancelledOn(h.account(), asOf)).toList();
        // "New in red" counts from the digest before this one, or yesterday; never from before the window,
        // whose days are all scored above (an unscored day would make every red account look new).
        LocalDate redSince = (made == null ? java.util.Optional.<LocalDate>empty() : made.lastBefore(asOf))
                .filter(day -> !day.isBefore(from)).orElse(asOf.minusDays(1));
        Map<String, ScoreHistory.DayScore> atLastDigest = directory.history().on(redSince);
        Map<String, ScoreHistory.DayScore> weekAgo = directory.history().on(asOf.minusDays(7));
        Set<String> renewalRules = directory.scorer().playbook().rules().stream()
                .filter(r -> r.condition().type() == Condition.Type.RENEWAL_WITHIN)
                .map(PlaybookRule::id).collect(Collectors.toSet());

        List<AccountHealth> turnedRed = today.stream()
                .filter(h -> h.health().band() == Band.RED)
                // An account not scored then (signed up since) is new in red as well.
                .filter(h -> !atLastDigest.containsKey(h.account().id())
                        || atLastDigest.get(h.account().id()).band() != Band.RED)
                .sorted(HealthDirectory.RISK_ORDER).toList();
        List<Digest.Drop> drops = new ArrayList<>();
        for (AccountHealth h : today) {
            ScoreHistory.DayScore before = weekAgo.get(h.account().id());
            if (before != null && h.health().score() < before.score()) {
                drops.add(new Digest.Drop(h, before.score(), h.health().score() - before.score()));
            }
        }
        drops.sort(Comparator.comparingInt(Digest.Drop::change)
                .thenComparing(d -> d.health().account().mrr(), Comparator.reverseOrder()));
        List<AccountHealth> renewals = today.stream()
                .filter(h -> renewalRules.stream().anyMatch(h.health()::fired))
                .sorted(Comparator.comparing((AccountHealth h) -> h.account().renewalDate())).toList();
        Digest.BandFigure red = figure(today, Band.RED);
        Digest.BandFigure yellow = figure(today, Band.YELLOW);
        int otherCurrency = (int) today.stream().filter(h -> !inCurrency(h)).count();
        Churn churn = churns.between(asOf.minusDays(WINDOW_DAYS), asOf);
        List<Digest.ScoreLine> lines = today.stream().filter(HealthDirectory::inRedOrYellow)
                .sorted(HealthDirectory.RISK_ORDER).limit(LINES_SHOWN)
                .map(h -> new Digest.ScoreLine(h, directory.historyOf(h.account().id(), from, asOf))).toList();
        return new Digest(asOf, turnedRed, drops.subList(0, Math.min(DROPS_SHOWN, drops.size())), renewals,
                red.mrr().add(yellow.mrr()), today.size(), churn, directory.history().bandTotals(from, asOf), currency,
                red, yellow, figure(today, Band.GREEN), otherCurrency, redSince, lines);
    }

    private Digest.BandFigure figure(List<AccountHealth> today, Band band) {
        List<AccountHealth> in = today.stream().filter(h -> h.health().band() == band).toList();
        BigDecimal mrr = in.stream().filter(this::inCurrency).map(h -> h.account().mrr())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Digest.BandFigure(in.size(), mrr);
    }

    /** Amounts are never converted: an account billed in another currency stays out of the sums. */
    private boolean inCurrency(AccountHealth h) {
        String own = h.account().currency();
        return own == null || own.isBlank() || own.strip().equalsIgnoreCase(currency);
    }

    @Override
    public Reply forDay(LocalDate asOf) {
        Written written = write(compute(asOf));
        return Reply.text(Reply.Kind.ACCOUNT_DATA, written.text())
                .withAttachments(List.of(new Attachment("Account health, last 30 days", written.chart(), "image/png")));
    }

    /** The digest's text and where its text file and chart were written. */
    public record Written(String text, Path textFile, Path chart) {
    }

    public Written write(Digest digest) {
        try {
            Files.createDirectories(outDir);
            Path textFile = outDir.resolve("digest-" + digest.asOf() + ".txt");
            Path chart = outDir.resolve("digest-" + digest.asOf() + ".png");
            String text = DigestText.render(digest);
            Files.writeString(textFile, text + "\n", StandardCharsets.UTF_8);
            DigestChart.write(digest, chart);
            if (made != null) {
                made.made(digest.asOf());
            }
            return new Written(text, textFile, chart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the digest to " + outDir, e);
        }
    }
}
