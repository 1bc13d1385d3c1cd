package io.tenure.jobs;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.tenure.storage.Transaction;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job table ({@code scheduled_tasks}, db-scheduler's) and, in a long-running process, the scheduler that
 * works it. Every process may add rows ({@link #enqueue}); only {@code serve} and {@code chat} run the
 * scheduler, so a one-shot command (`drafts approve`, `ask`) never sends, posts or takes over anything in
 * the background. db-scheduler picks each row with an optimistic update, so of several replicas on one
 * database exactly one runs each execution; a replica that dies mid-execution stops heart-beating and
 * another one revives the row.
 *
 * <p>Job times use the system clock, not the application's clock: a job is due when it is due in the world.
 */
public final class Jobs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    /** How often a scheduler looks for due rows; a card update waits at most about this long. */
    public static final Duration POLL = Duration.ofSeconds(1);
    /** Heartbeats a running job may miss before another process runs it again (db-scheduler's default). */
    public static final int MISSED_HEARTBEATS = 4;

    /** Bounded retries: the first after {@code first}, each later one twice as long after, at most {@code max}. */
    public record Retries(Duration first, int max) {
        public static final Retries DEFAULT = new Retries(Duration.ofSeconds(30), 6);
    }

    private final JoiningDataSource dataSource;
    private final SchedulerClient client;
    private final Duration poll;
    private final Duration heartbeat;
    private Scheduler scheduler;
    /** The tasks the running scheduler works (their names). */
    private Set<String> working = Set.of();

    public Jobs(DataSource dataSource) {
        this(dataSource, POLL);
    }

    public Jobs(DataSource dataSource, Duration poll) {
        this(dataSource, poll, JobSettings.DEFAULT.heartbeat());
    }

    /**
     * @param heartbeat how often a running job's row is touched; after four missed heartbeats the row counts as
     *                  dead (its process was killed) and any scheduler runs it again
     */
    public Jobs(DataSource dataSource, Duration poll, Duration heartbeat) {
        this.dataSource = new JoiningDataSource(dataSource);
        this.poll = poll;
        this.heartbeat = heartbeat;
        this.client = SchedulerClient.Builder.create(this.dataSource).serializer(new TextSerializer()).build();
    }

    /**
     * Adds a row for {@code task} carrying {@code data}, due now, inside the transaction {@code h} holds: it
     * exists if and only if the change in that transaction commits.
     */
    public void enqueue(Handle h, String task, String data) {
        enqueue(new Transaction(h), task, data);
    }

    /**
     * Adds a row for {@code task} carrying {@code data}, due now, inside the transaction a repository opened:
     * it exists if and only if that repository's change commits.
     */
    public void enqueue(Transaction tx, String task, String data) {
        TaskInstance<String> instance = new TaskInstance<>(task, UUID.randomUUID().toString(), data);
        dataSource.joining(tx.handle().getConnection(), () -> client.scheduleIfNotExists(instance, Instant.now()));
        wake();
    }

    /** Adds a row in its own transaction, for work not tied to a change. */
    public void enqueue(String task, String data) {
        client.scheduleIfNotExists(new TaskInstance<>(task, UUID.randomUUID().toString(), data), Instant.now());
        wake();
    }

    /** Rows of {@code task} not yet done (due, waiting for a retry, or running). */
    public int pending(String task) {
        return client.getScheduledExecutionsForTask(task, Object.class, ScheduledExecutionsFilter.all()).size();
    }

    /** Rows of {@code task} that have failed at least once and wait for a retry. */
    public int retrying(String task) {
        return (int) client.getScheduledExecutionsForTask(task, Object.class, ScheduledExecutionsFilter.all()).stream()
                .filter(e -> e.getConsecutiveFailures() > 0).count();
    }

    /**
     * Waits (at most {@code max}) until no row of these tasks is due or running: what a short-lived process
     * does before it ends, so the work it caused is done (rows waiting for a retry are left for later). Only
     * the tasks this process works count: another process's rows are not this one to finish.
     */
    public void awaitIdle(List<String> tasks, Duration max) {
        Set<String> mine;
        synchronized (this) {
            mine = working;
        }
        tasks = tasks.stream().filter(mine::contains).toList();
        if (tasks.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            Instant now = Instant.now();
            boolean busy = tasks.stream().anyMatch(task -> client.getScheduledExecutionsForTask(task, Object.class,
                            ScheduledExecutionsFilter.all()).stream()
                    .anyMatch(e -> e.isPicked() || !e.getExecutionTime().isAfter(now)));
            if (!busy) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.warn("jobs {} still had work after {} s", tasks, max.toSeconds());
    }

    /** A one-time job with bounded retries and exponential backoff; {@code gaveUp} hears of the last failure. */
    public static OneTimeTask<String> oneTime(String name, Retries retries, Consumer<String> work,
                                              Consumer<String> gaveUp) {
        FailureHandler<String> backoff = new FailureHandler.ExponentialBackoffFailureHandler<>(retries.first(), 2.0);
        return Tasks.oneTime(name, String.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(retries.max(), backoff, (complete, ops) -> {
                    String data = (String) complete.getExecution().taskInstance.getData();
                    log.error("job {} ({}) failed {} times; giving up", name, data, retries.max() + 1);
                    gaveUp.accept(data);
                }))
                .execute((instance, context) -> work.accept(instance.getData()));
    }

    /**
     * Starts working rows of the given tasks on background threads; rows of other tasks are left to the
     * processes that know them.
     */
    public synchronized void start(List<Task<?>> tasks) {
        if (scheduler != null) {
            throw new IllegalStateException("the job scheduler already runs");
        }
        List<Task<?>> oneTime = new ArrayList<>();
        List<Task<?>> recurring = new ArrayList<>();
        for (Task<?> task : tasks) {
            (task instanceof OnStartup ? recurring : oneTime).add(task);
        }
        var builder = Scheduler.create(dataSource, oneTime)
                .serializer(new TextSerializer())
                .pollingInterval(poll)
                .heartbeatInterval(heartbeat)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .threads(4)
                .schedulerName(new SchedulerName.Fixed(ManagementFactory.getRuntimeMXBean().getName()))
                // A row of a task this process does not run is another process's work, not garbage.
                .deleteUnresolvedAfter(Duration.ofDays(365))
                .shutdownMaxWait(Duration.ofSeconds(5));
        if (!recurring.isEmpty()) {
            // Each recurring task gets its first row when a scheduler starts, once across replicas.
            startTasks(builder, recurring);
        }
        scheduler = builder.build();
        scheduler.start();
        working = tasks.stream().map(Task::getName).collect(Collectors.toUnmodifiableSet());
        log.info("jobs: working {} ", tasks.stream().map(Task::getName).toList());
    }

    /** Looks for due rows now instead of at the next poll (after this process added one). */
    private void wake() {
        Scheduler running;
        synchronized (this) {
            running = scheduler;
        }
        if (running != null) {
            running.triggerCheckForDueExecutions();
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
            working = Set.of();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void startTasks(com.github.kagkarlsson.scheduler.SchedulerBuilder builder, List<Task<?>> tasks) {
        builder.startTasks((List) tasks);
    }
}
