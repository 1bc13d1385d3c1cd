package io.tenure.outreach;

import io.tenure.UserError;
import io.tenure.assistant.Caller;
import io.tenure.jobs.Jobs;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import io.tenure.storage.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of an outreach draft: drafted → edited → approved → sending → sent; or rejected, expired;
 * or, when delivery goes wrong, failed or uncertain until a person decides.
 *
 * <p>Every transition is one transaction of the {@link DraftStore} that reads the draft, checks the caller
 * ({@link ReviewPermissions}) and the state ({@link DraftTransitions}), writes the new state with a guarded
 * update, appends the audit entry and queues the card update ({@link DraftChanges}); a refused action writes
 * nothing. The SQL is in storage, behind {@link DraftStore} and {@link AuditLog}. An approval queues
 * a delivery row in the same transaction; the delivery job ({@link DeliveryWorker}) claims and sends it on a
 * scheduler thread, never on a chat platform's click thread. The outreach sweep, a recurring job, expires
 * drafts and settles claims whose sender died. Building this object does nothing in the background.
 */
public final class ApprovalWorkflow implements DraftReview {
    private static final Logger log = LoggerFactory.getLogger(ApprovalWorkflow.class);
    /** The actor of transitions no person made: delivery outcomes, expiry, the sweep. */
    static final String SYSTEM = DraftChanges.SYSTEM;
    private static final String ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final int MAX_SUBJECT = 200;
    private static final Set<DraftStatus> PENDING = EnumSet.of(DraftStatus.DRAFTED, DraftStatus.EDITED,
            DraftStatus.APPROVED, DraftStatus.UNCERTAIN, DraftStatus.FAILED);

    /** What {@link OutreachDrafter} hands over to become a draft. */
    public record NewDraft(String accountId, String accountName, DraftKind kind, String topic, String language,
                           String recipient, String riskReason, String subject, String body, String composedBy) {
    }

    /** What one sweep did: drafts expired, claims of dead senders resumed, or made uncertain. */
    public record Sweep(int expired, int resumed, int uncertain) {
    }

    private final DraftStore drafts;
    private final OutreachSettings settings;
    private final Clock clock;
    private final AuditLog audit;
    private final DraftChanges changes;
    private final DeliveryWorker delivery;
    private final DraftHistory history;
    private final SecureRandom random = new SecureRandom();
    private final List<DraftListener> listeners = new CopyOnWriteArrayList<>();

    /** Without jobs: an approval delivers at once, in the caller's thread, and no card rows are written. */
    public ApprovalWorkflow(DraftStore drafts, AuditLog audit, Outbox outbox, OutreachSettings settings, Clock clock) {
        this(drafts, audit, outbox, settings, clock, null, false);
    }

    /**
     * @param jobs where delivery and card rows go (worked by the scheduler of {@code serve} or {@code chat})
     * @param cards whether review cards are shown anywhere, so card rows are worth writing
     */
    public ApprovalWorkflow(DraftStore drafts, AuditLog audit, Outbox outbox, OutreachSettings settings, Clock clock,
                            Jobs jobs, boolean cards) {
        this.drafts = drafts;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
        this.changes = new DraftChanges(drafts, audit, jobs, cards);
        this.delivery = new DeliveryWorker(drafts, outbox, settings, changes, clock);
        this.history = new DraftHistory(audit);
    }

    public Outbox outbox() {
        return delivery.outbox();
    }

    /** A review-card display of this process; the card job calls it for every change, made anywhere. */
    @Override
    public void subscribe(DraftListener listener) {
        listeners.add(listener);
    }

    /** The card job: shows the draft as it is now on every card display here; a failure is thrown for a retry. */
    synchronized void showCards(String draftId) {
        Optional<DraftView> draft = drafts.find(draftId).map(history::view);
        if (draft.isEmpty() || listeners.isEmpty()) {
            return;
        }
        RuntimeException first = null;
        for (DraftListener listener : listeners) {
            try {
                listener.show(draft.get());
            } catch (RuntimeException e) {
                log.warn("the review card of draft {} could not be shown: {}", draftId, e.toString());
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Stores a new draft, awaiting review; any staff member may ask for one. */
    public DraftView create(NewDraft draft, Caller by) {
        if (!by.isStaff()) {
            throw new UserError(by.userId() + " may not create outreach drafts: only staff (agent, manager, approver) may");
        }
        Instant now = clock.instant();
        StoredDraft stored = drafts.inTransaction(tx -> {
            String id = newId(tx);
            StoredDraft d = new StoredDraft(id, draft.accountId(), draft.accountName(), draft.kind().key(), draft.topic(),
                    draft.language(), draft.recipient(), draft.riskReason(), draft.subject(), draft.body(),
                    DraftStatus.DRAFTED, draft.composedBy(), by.userId(), now,
                    now.plus(Duration.ofDays(settings.expiryDays())), now, messageId(id, now), null, null, 0, null, null);
            changes.created(tx, d, by.userId(), by.platform(),
                    "written from the " + draft.composedBy() + ", " + draft.kind().key() + " (" + draft.topic() + ")", now);
            return d;
        });
        log.info("draft {} for {} created by {} ({}, {})", stored.id(), stored.accountId(), by.userId(),
                stored.kind(), stored.language());
        return history.view(stored);
    }

    @Override
    public Optional<DraftView> find(String draftId) {
        expireIfDue(draftId);
        return drafts.find(draftId).map(history::view);
    }

    /** Drafts, oldest first, optionally of one status; drafts past their expiry are expired first. */
    public List<DraftView> list(Optional<DraftStatus> status) {
        expireDue();
        return drafts.list(status).stream().map(history::view).toList();
    }

    /** Drafts waiting for a person or a delivery: drafted, edited, approved, uncertain or failed. */
    public List<DraftView> pending() {
        expireDue();
        return drafts.list(Optional.empty()).stream()
                .filter(d -> PENDING.contains(d.status())).map(history::view).toList();
    }

    /**
     * Approves; the delivery is queued in the same transaction and sent by the delivery job (without jobs,
     * it is sent now, in this thread). What a review card's Approve button does.
     */
    @Override
    public ReviewOutcome approve(String draftId, Caller by) {
        Optional<String> refusal = ReviewPermissions.refusal(by, "approve", draftId);
        if (refusal.isPresent()) {
            return refused(by, refusal.get());
        }
        Step step = approved(draftId, by);
        if (step.refusal() != null) {
            return refused(by, step.refusal());
        }
        if (step.draft().status() == DraftStatus.SENDING) {
            return new ReviewOutcome.Done(history.view(delivery.deliver(step.draft(), false)));
        }
        return new ReviewOutcome.Done(history.view(step.draft()));
    }

    /**
     * Approves and tries the delivery at once in this thread (the command line, the console), so the person
     * sees the outcome; if it fails for now, the queued delivery job tries again with backoff.
     */
    public ReviewOutcome approveAndSend(String draftId, Caller by) {
        ReviewOutcome approved = approve(draftId, by);
        if (!(approved instanceof ReviewOutcome.Done done) || done.draft().status() != DraftStatus.APPROVED) {
            return approved;
        }
        Instant now = clock.instant();
        Optional<StoredDraft> claim = drafts.inTransaction(tx -> drafts.lock(tx, draftId)
                .filter(d -> d.status() == DraftStatus.APPROVED)
                .map(d -> delivery.claim(tx, d, by.userId(), by.platform(), "claimed for delivery", now)));
        StoredDraft after = claim.map(c -> delivery.deliver(c, false))
                .orElseGet(() -> drafts.find(draftId).orElseThrow());
        return new ReviewOutcome.Done(history.view(after));
    }

    private Step approved(String draftId, Caller by) {
        Instant now = clock.instant();
        return transaction(draftId, now, (tx, d) -> {
            if (!d.awaitsReview()) {
                return Step.refused(DraftTransitions.cannot("approve", d));
            }
            StoredDraft approved = d.moved(DraftStatus.APPROVED, now);
            changes.moved(tx, d, approved, by.userId(), by.platform(), "", now);
            if (changes.queueDelivery(tx, draftId)) {
                return Step.done(approved);
            }
            // No jobs in this process: claim in the same transaction and deliver at once.
            return Step.done(delivery.claim(tx, approved, by.userId(), by.platform(), "claimed for delivery", now));
        });
    }

    /**
     * Sends again, now, a draft whose delivery failed (for now or for good) or is uncertain; approvers only.
     * If it fails for now again, a delivery job tries later.
     */
    public ReviewOutcome retry(String draftId, Caller by) {
        Optional<String> refusal = ReviewPermissions.refusal(by, "retry sending", draftId);
        if (refusal.isPresent()) {
            return refused(by, refusal.get());
        }
        Instant now = clock.instant();
        Step step = transaction(draftId, now, (tx, d) -> {
            if (DraftTransitions.canRetry(d)) {
                String note = "sending again by hand" + (d.lastError() == null ? "" : " (" + d.lastError() + ")");
                return Step.done(delivery.claim(tx, d, by.userId(), by.platform(), note, now));
            }
            if (DraftTransitions.stale(d, now.minusSeconds(settings.claimTimeoutSeconds()))) {
                Optional<StoredDraft> taken = delivery.takeOver(tx, d, now);
                return taken.map(Step::done).orElseGet(() -> Step.refused("Draft " + draftId + " was being sent by a "
                        + "process that stopped; it may have been sent, so it is now uncertain: check with the "
                        + "recipient, then retry it or mark it sent."));
            }
            return Step.refused(DraftTransitions.cannot("retry", d));
        });
        if (step.refusal() != null) {
            return refused(by, step.refusal());
        }
        return new ReviewOutcome.Done(history.view(delivery.deliver(step.draft(), true)));
    }

    /** Records that an uncertain delivery did reach the recipient (a person checked); approvers only. */
    public ReviewOutcome markSent(String draftId, Caller by, String note) {
        Optional<String> refusal = ReviewPermissions.refusal(by, "mark sent", draftId);
        if (refusal.isPresent()) {
            return refused(by, refusal.get());
        }
        Instant now = clock.instant();
        Step step = transaction(draftId, now, (tx, d) -> {
            if (d.status() != DraftStatus.UNCERTAIN) {
                return Step.refused(DraftTransitions.cannot("mark sent", d));
            }
            StoredDraft sent = d.sent(now);
            changes.moved(tx, d, sent, by.userId(), by.platform(),
                    note == null || note.isBlank() ? "confirmed sent by a person" : note.strip(), now);
            return Step.done(sent);
        });
        return finish(step, by);
    }

    @Override
    public ReviewOutcome reject(String draftId, Caller by, String reason) {
        Optional<String> refusal = ReviewPermissions.refusal(by, "reject", draftId);
        if (refusal.isPresent()) {
            return refused(by, refusal.get());
        }
        Instant now = clock.instant();
        Step step = transaction(draftId, now, (tx, d) -> {
            if (!DraftTransitions.canReject(d)) {
                return Step.refused(DraftTransitions.cannot("reject", d));
            }
            StoredDraft rejected = d.moved(DraftStatus.REJECTED, now);
            changes.moved(tx, d, rejected, by.userId(), by.platform(), reason == null ? "" : reason.strip(), now);
            return Step.done(rejected);
        });
        return finish(step, by);
    }

    @Override
    public ReviewOutcome edit(String draftId, Caller by, String subject, String body) {
        Optional<String> refusal = ReviewPermissions.refusal(by, "edit", draftId);
        if (refusal.isPresent()) {
            return refused(by, refusal.get());
        }
        String newSubject = subject == null ? null : subject.strip();
        if (newSubject == null && body == null) {
            return new ReviewOutcome.Refused("Nothing to change: give a new subject, a new body, or both.");
        }
        if (newSubject != null && (newSubject.isEmpty() || newSubject.contains("\n") || newSubject.contains("\r")
                || newSubject.length() > MAX_SUBJECT)) {
            return new ReviewOutcome.Refused("The subject must be one non-empty line of at most " + MAX_SUBJECT
                    + " characters; nothing was changed.");
        }
        if (body != null && body.isBlank()) {
            return new ReviewOutcome.Refused("The body must not be empty; nothing was changed.");
        }
        Instant now = clock.instant();
        Step step = transaction(draftId, now, (tx, d) -> {
            String nextSubject = newSubject != null ? newSubject : d.subject();
            String nextBody = body != null ? body.strip() : d.body();
            if (nextSubject.equals(d.subject()) && nextBody.equals(d.body())) {
                return Step.refused("The subject and body are the same as the draft's; nothing was changed.");
            }
            if (!DraftTransitions.canEdit(d)) {
                return Step.refused(DraftTransitions.cannot("edit", d));
            }
            DraftStatus to = d.awaitsReview() ? DraftStatus.EDITED : DraftStatus.DRAFTED;
            String note = d.awaitsReview() ? ""
                    : "edited after approval: the approval no longer holds, approve again to send";
            StoredDraft edited = d.edited(nextSubject, nextBody, to, now);
            changes.moved(tx, d, edited, by.userId(), by.platform(), note, now);
            return Step.done(edited);
        });
        return finish(step, by);
    }

    /** The history of one draft or of all, oldest first. */
    public List<AuditEntry> audit(Optional<String> draftId) {
        return audit.entries(draftId);
    }

    /** The draft's last delivery error, or empty. */
    public Optional<String> lastError(String draftId) {
        return drafts.find(draftId).map(StoredDraft::lastError);
    }

    /**
     * The outreach sweep (a recurring job): expires drafts past their date and settles claims older than
     * {@code outreach.claim_timeout_seconds}, whose sender died: resumed on the idempotent file outbox,
     * {@code uncertain} on SMTP.
     */
    public Sweep sweep() {
        int expired = expireDue();
        int resumed = 0;
        int uncertain = 0;
        Instant staleBefore = clock.instant().minusSeconds(settings.claimTimeoutSeconds());
        for (String id : drafts.staleClaims(staleBefore)) {
            Instant now = clock.instant();
            List<StoredDraft> taken = new ArrayList<>();
            boolean settled = drafts.inTransaction(tx -> drafts.lock(tx, id)
                    .filter(d -> DraftTransitions.stale(d, now.minusSeconds(settings.claimTimeoutSeconds())))
                    .map(d -> {
                        delivery.takeOver(tx, d, now).ifPresent(taken::add);
                        return true;
                    }).orElse(false));
            if (!settled) {
                continue;
            }
            if (taken.isEmpty()) {
                uncertain++;
            } else {
                delivery.deliver(taken.get(0), true);
                resumed++;
            }
        }
        if (expired + resumed + uncertain > 0) {
            log.info("outreach sweep: {} draft(s) expired, {} interrupted delivery(ies) resumed, {} made uncertain",
                    expired, resumed, uncertain);
        }
        return new Sweep(expired, resumed, uncertain);
    }

    /**
     * The delivery job: sends the draft if it is still approved (a later edit, rejection or a person's retry
     * leaves nothing to do). Throws when it failed for now, so the job is retried with backoff.
     */
    void deliverQueued(String draftId) {
        Instant now = clock.instant();
        Optional<StoredDraft> claim = drafts.inTransaction(tx -> drafts.lock(tx, draftId)
                .filter(d -> d.status() == DraftStatus.APPROVED)
                .map(d -> delivery.claim(tx, d, SYSTEM, "system", d.lastError() == null ? "claimed for delivery"
                        : "sending again after a failed delivery (" + d.lastError() + ")", now)));
        if (claim.isEmpty()) {
            return;
        }
        StoredDraft after = delivery.deliver(claim.get(), false);
        if (after.status() == DraftStatus.APPROVED && after.lastError() != null) {
            throw new IllegalStateException("delivery of draft " + draftId + " failed for now: " + after.lastError());
        }
    }

    /** The delivery job gave up: the draft fails for good, with its last error, until a person acts. */
    void deliveryGaveUp(String draftId, int attempts) {
        delivery.giveUp(draftId, attempts);
    }

    /** Expires every draft still awaiting review past its expiry date; returns how many. */
    public int expireDue() {
        int count = 0;
        for (String id : drafts.dueToExpire(clock.instant())) {
            if (expireIfDue(id)) {
                count++;
            }
        }
        return count;
    }

    private boolean expireIfDue(String draftId) {
        Instant now = clock.instant();
        boolean due = drafts.find(draftId)
                .map(d -> d.awaitsReview() && !d.expiresAt().isAfter(now)).orElse(false);
        if (!due) {
            return false;
        }
        try {
            return drafts.inTransaction(tx -> drafts.lock(tx, draftId).flatMap(d -> expire(tx, d, now))).isPresent();
        } catch (DraftStore.Concurrent e) {
            return false;
        }
    }

    private Optional<StoredDraft> expire(Transaction tx, StoredDraft d, Instant now) {
        if (!d.awaitsReview() || d.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        StoredDraft expired = d.moved(DraftStatus.EXPIRED, now);
        changes.moved(tx, d, expired, SYSTEM, "system",
                "not approved or rejected within " + settings.expiryDays() + " day(s)", now);
        log.info("draft {} expired", d.id());
        return Optional.of(expired);
    }

    /**
     * Runs one transition on the draft as it is now (expired first when due: the expiry is kept even if the
     * action is refused). A draft moved by another transaction meanwhile refuses the action.
     */
    private Step transaction(String draftId, Instant now, Transition transition) {
        try {
            return drafts.inTransaction(tx -> {
                Optional<StoredDraft> found = drafts.lock(tx, draftId).map(d -> expire(tx, d, now).orElse(d));
                return found.isEmpty() ? Step.refused(DraftTransitions.unknown(draftId))
                        : transition.apply(tx, found.get());
            });
        } catch (DraftStore.Concurrent e) {
            return Step.refused("Draft " + draftId + " was changed by someone else at the same moment; nothing was "
                    + "changed by you. Look at it again.");
        }
    }

    private interface Transition {
        Step apply(Transaction tx, StoredDraft draft);
    }

    private ReviewOutcome finish(Step step, Caller by) {
        if (step.refusal() != null) {
            return refused(by, step.refusal());
        }
        return new ReviewOutcome.Done(history.view(step.draft()));
    }

    private static ReviewOutcome refused(Caller by, String why) {
        log.info("{} was refused: {}", by.userId(), why);
        return new ReviewOutcome.Refused(why);
    }

    static String historyLine(AuditEntry entry) {
        return DraftHistory.line(entry);
    }

    private String newId(Transaction tx) {
        while (true) {
            StringBuilder id = new StringBuilder("d-");
            for (int i = 0; i < 7; i++) {
                id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
            if (!drafts.exists(tx, id.toString())) {
                return id.toString();
            }
        }
    }

    private String messageId(String id, Instant now) {
        String from = settings.fromAddress();
        String domain = from.substring(from.indexOf('@') + 1).strip();
        return "<" + id + "." + now.toEpochMilli() + ".tenure@" + (domain.isEmpty() ? "tenure.invalid" : domain) + ">";
    }

    /** The outcome of one transaction: the draft as it now is, or why nothing changed. */
    private record Step(StoredDraft draft, String refusal) {
        static Step done(StoredDraft draft) {
            return new Step(draft, null);
        }

        static Step refused(String why) {
            return new Step(null, why);
        }
    }
}
