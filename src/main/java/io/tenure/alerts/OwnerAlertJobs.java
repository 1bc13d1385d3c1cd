package io.tenure.alerts;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.tenure.assistant.AccountAlert;
import io.tenure.assistant.Reply;
import io.tenure.assistant.StaffAlerts;
import io.tenure.jobs.Jobs;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owner alerts as jobs. {@link #DELIVER}: one row per raised alert, posted to the alerts channel of every
 * platform this process serves and sent directly to its {@link AlertRecipients}; a post that fails gets a row
 * of its own, retried with backoff, so one failure neither loses the others nor sends them twice.
 * {@link #EVALUATE}: a row per day to evaluate (added after an import); {@link #DAILY}: every day at
 * {@code evaluate_at}, once across replicas.
 */
public final class OwnerAlertJobs {
    public static final String DELIVER = "owner-alert";
    public static final String EVALUATE = "owner-alerts-evaluate";
    public static final String DAILY = "owner-alerts-daily";
    static final String CHANNEL = "#channel";
    private static final Logger log = LoggerFactory.getLogger(OwnerAlertJobs.class);
    private static final Jobs.Retries RETRIES = new Jobs.Retries(Duration.ofSeconds(10), 8);

    private OwnerAlertJobs() {
    }

    /** What an import adds: evaluate this day's alerts in whichever process works the jobs. */
    public static void evaluateLater(Jobs jobs, LocalDate day) {
        jobs.enqueue(EVALUATE, day.toString());
    }

    /** Evaluating after an import, and every day at the configured time. */
    public static List<Task<?>> evaluation(OwnerAlerts alerts) {
        Task<?> once = Jobs.oneTime(EVALUATE, Jobs.Retries.DEFAULT, data -> alerts.evaluate(LocalDate.parse(data)),
                data -> log.error("owner alerts for {} were not evaluated", data));
        Task<?> daily = Tasks.recurring(DAILY, Schedules.daily(alerts.rules().zoneId(), alerts.rules().time()))
                .execute((instance, context) -> alerts.evaluate(alerts.today()));
        return List.of(once, daily);
    }

    /** Delivering raised alerts to the given outlets (by platform). */
    public static Task<?> delivery(Jobs jobs, Map<String, StaffAlerts> outlets, AlertRecipients recipients) {
        return Jobs.oneTime(DELIVER, RETRIES, data -> deliver(jobs, outlets, recipients, data),
                data -> log.error("owner alert dropped after retries: {}", data));
    }

    static void deliver(Jobs jobs, Map<String, StaffAlerts> outlets, AlertRecipients recipients, String data) {
        OwnerAlert.Row row = OwnerAlert.decode(data);
        OwnerAlert alert = row.alert();
        if (row.platform() != null) {
            StaffAlerts outlet = outlets.get(row.platform());
            if (outlet == null) {
                log.warn("owner alert for {} not posted: this process has no such platform", row.platform());
                return;
            }
            post(outlet, row.platform(), row.target(), alert, recipients);
            return;
        }
        if (outlets.isEmpty()) {
            log.warn("owner alert {} on {} not posted: no chat platform with an alerts channel runs here",
                    alert.trigger(), alert.accountId());
        }
        for (Map.Entry<String, StaffAlerts> outlet : List.copyOf(outlets.entrySet())) {
            String platform = outlet.getKey();
            retryingOnFailure(jobs, platform, CHANNEL, alert,
                    () -> post(outlet.getValue(), platform, CHANNEL, alert, recipients));
            if (outlet.getValue().directMessages().isPresent()) {
                for (String person : recipients.of(platform, alert.owner())) {
                    retryingOnFailure(jobs, platform, person, alert,
                            () -> post(outlet.getValue(), platform, person, alert, recipients));
                }
            }
        }
    }

    private static void retryingOnFailure(Jobs jobs, String platform, String target, OwnerAlert alert, Runnable post) {
        try {
            post.run();
        } catch (RuntimeException e) {
            log.warn("owner alert {} on {} could not reach {} on {} ({}); trying again later", alert.trigger(),
                    alert.accountId(), target, platform, e.toString());
            jobs.enqueue(DELIVER, alert.encode(platform, target));
        }
    }

    private static void post(StaffAlerts outlet, String platform, String target, OwnerAlert alert,
                             AlertRecipients recipients) {
        if (target.equals(CHANNEL)) {
            String text = alert.text();
            if (outlet.directMessages().isPresent()) {
                Optional<String> owner = alert.owner().isBlank() ? Optional.empty()
                        : recipients.ownerOn(platform, alert.owner());
                if (owner.isEmpty()) {
                    text += "\n_" + (alert.owner().isBlank() ? "The account has no owner"
                            : "The owner " + alert.owner() + " was not found on " + platform)
                            + ", so only this channel was told (`tenure alerts unresolved`)._";
                }
            }
            outlet.alert(new AccountAlert(alert.accountId(), alert.trigger(), reply(text, alert)));
        } else {
            Optional<StaffAlerts.DirectMessages> direct = outlet.directMessages();
            if (direct.isEmpty()) {
                // A retried DM worked by a process whose outlet for that platform sends none: nothing to send it with.
                log.warn("owner alert {} on {} not sent to {}: {} has no direct messages here", alert.trigger(),
                        alert.accountId(), target, platform);
                return;
            }
            direct.get().send(target, new AccountAlert(alert.accountId(), alert.trigger(), reply(alert.text(), alert)));
        }
    }

    private static Reply reply(String text, OwnerAlert alert) {
        return new Reply(Reply.Kind.ACCOUNT_DATA, text, "en", List.of(), false, List.of(), null, alert.draftId());
    }
}
