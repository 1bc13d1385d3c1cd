package io.tenure.outreach;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.tenure.jobs.Jobs;
import java.time.Duration;
import java.util.List;

/**
 * The outreach jobs: a draft's card update (after every change, made by any process), its delivery (queued
 * by the approval), and the sweep (every minute: expiry and claims of dead senders).
 */
public final class OutreachJobs {
    public static final String CARD = "draft-card";
    public static final String DELIVERY = "draft-delivery";
    public static final String SWEEP = "outreach-sweep";
    /** Card updates are worth retrying for about an hour (a chat platform's outage), then dropped. */
    static final Jobs.Retries CARD_RETRIES = new Jobs.Retries(Duration.ofSeconds(10), 8);

    private OutreachJobs() {
    }

    /** The card job: only in a process with review cards (serve); others leave these rows to it. */
    public static Task<?> cards(ApprovalWorkflow workflow) {
        return Jobs.oneTime(CARD, CARD_RETRIES, workflow::showCards, id -> { });
    }

    /** The delivery job and the sweep, in every long-running process. */
    public static List<Task<?>> delivery(ApprovalWorkflow workflow, Jobs.Retries retries, Duration sweepEvery) {
        Task<?> deliver = Jobs.oneTime(DELIVERY, retries, workflow::deliverQueued,
                id -> workflow.deliveryGaveUp(id, retries.max() + 1));
        Task<?> sweep = Tasks.recurring(SWEEP, Schedules.fixedDelay(sweepEvery)).execute((instance, context) ->
                workflow.sweep());
        return List.of(deliver, sweep);
    }
}
