package io.tenure.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raising owner alerts: each one whose trigger is on becomes a row in the ledger (once per account, trigger
 * and day) together with the delivery job's row ({@link OwnerAlertJobs#DELIVER}). Nothing is posted here.
 */
public final class OwnerAlerts {
    private static final Logger log = LoggerFactory.getLogger(OwnerAlerts.class);

    private final AlertRules rules;
    private final AlertEvaluator evaluator;
    private final AlertLedger ledger;
    private final Clock clock;

    public OwnerAlerts(AlertRules rules, AlertEvaluator evaluator, AlertLedger ledger, Clock clock) {
        this.rules = rules;
        this.evaluator = evaluator;
        this.ledger = ledger;
        this.clock = clock;
    }

    public AlertRules rules() {
        return rules;
    }

    /** @return whether it was raised now (false: its trigger is off, or it was raised before) */
    public boolean raise(OwnerAlert alert) {
        if (!rules.on(alert.trigger())) {
            return false;
        }
        return raised(alert, ledger.raise(alert.accountId(), alert.trigger(), alert.day(), clock.instant(),
                OwnerAlertJobs.DELIVER, alert.encode()));
    }

    private static boolean raised(OwnerAlert alert, boolean raised) {
        if (raised) {
            log.info("owner alert {} on {} for {}", alert.trigger(), alert.accountId(), alert.day());
        }
        return raised;
    }

    /** Evaluates every trigger on a day's scores and raises what is new; returns how many were raised. */
    public int evaluate(LocalDate day) {
        List<OwnerAlert> alerts = evaluator.evaluate(day);
        int raised = 0;
        for (OwnerAlert alert : alerts) {
            if (raise(alert)) {
                raised++;
            }
        }
        log.info("owner alerts for {}: {} called for, {} new", day, alerts.size(), raised);
        return raised;
    }

    /** Today in the zone of {@code alerts.yaml}. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(rules.zoneId()));
    }
}
