package io.tenure.outreach;

import io.tenure.UserError;
import io.tenure.assistant.Caller;
import io.tenure.assistant.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of an outreach draft: drafted → edited → approved → sending → sent, or rejected, or expired.
 *
 * <p>Every transition runs in one IMMEDIATE transaction that reads the draft, checks the caller and the
 * state, writes the new state and appends the audit entry; a refused action writes nothing. Approval and
 * the claim for sending ({@code approved → sending}) happen in the same transaction, so of two approvals
 * at the same moment one claims and the other is refused. Delivery runs after that transaction (no lock is
 * held while talking to a mail server) and its outcome is recorded only if the claim is still ours. Drafts
 * left in {@code sending} by a process that died are taken over on start once their claim is older than
 * {@code outreach.claim_timeout_seconds}; approved drafts whose delivery failed are retried on start and
 * by {@link #retry}.
 */
public final class ApprovalWorkflow implements DraftReview {
    private static final Logger log = LoggerFactory.getLogger(ApprovalWorkflow.class);
    /** The actor of transitions no person made: delivery outcomes, expiry, recovery on start. */
    static final String SYSTEM = "tenure";
    private static final String ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final int MAX_SUBJECT = 200;
    private static final Set<DraftStatus> PENDING = EnumSet.of(DraftStatus.DRAFTED, DraftStatus.EDITED, DraftStatus.APPROVED);

    /** What {@link OutreachDrafter} hands over to become a draft. */
    public record NewDraft(String accountId, String accountName, DraftKind kind, String topic, String language,
                           String recipient, String riskReason, String subject, String body, String composedBy) {
    }

    /** What a start did: drafts expired, claims taken over and delivered, failed deliveries retried. */
    public record Recovery(int expired, int resumed, int retried) {
    }

    private final Jdbi jdbi;
    private final Outbox outbox;
    private final OutreachSettings settings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final List<DraftListener> listeners = new CopyOnWriteArrayList<>();

    public ApprovalWorkflow(Jdbi jdbi, Outbox outbox, OutreachSettings settings, Clock clock) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    public Outbox outbox() {
        return outbox;
    }

    @Override
    public void subscribe(DraftListener listener) {
        listeners.add(listener);
    }

    /** Stores a new draft, awaiting review; any staff member may ask for one. */
    public DraftView create(NewDraft draft, Caller by) {
        if (!by.isStaff()) {
            throw new UserError(by.userId() + " may not create outreach drafts: only staff (agent, manager, approver) may");
        }
        Instant now = clock.instant();
        StoredDraft stored = jdbi.inTransaction(h -> {
            String id = newId(h);
            StoredDraft d = new StoredDraft(id, draft.accountId(), draft.accountName(), draft.kind().key(), draft.topic(),
                    draft.language(), draft.recipient(), draft.riskReason(), draft.subject(), draft.body(),
                    DraftStatus.DRAFTED, draft.composedBy(), by.userId(), now,
                    now.plus(Duration.ofDays(settings.expiryDays())), now, messageId(id, now), null, null, 0, null, null);
            DraftStore.insert(h, d);
            AuditLog.append(h, d, null, DraftStatus.DRAFTED, by.userId(), by.platform(),
                    "written from the " + draft.composedBy() + ", " + draft.kind().key() + " (" + draft.topic() + ")", now);
            return d;
        });
        log.info("draft {} for {} created by {} ({}, {})", stored.id(), stored.accountId(), by.userId(),
                stored.kind(), stored.language());
        DraftView view = view(stored);
        for (DraftListener listener : listeners) {
            try {
                listener.created(view);
            } catch (RuntimeException e) {
                log.warn("a draft listener failed on draft {}: {}", stored.id(), e.toString());
            }
        }
        return view;
    }

    @Override
    public Optional<DraftView> find(String draftId) {
        expireIfDue(draftId);
        return jdbi.withHandle(h -> DraftStore.find(h, draftId)).map(this::view);
    }

    /** Drafts, oldest first, optionally of one status; drafts past their expiry are expired first. */
    public List<DraftView> list(Optional<DraftStatus> status) {
        expireDue();
        return jdbi.withHandle(h -> DraftStore.list(h, status)).stream().map(this::view).toList();
    }

    /** Drafts waiting for a person: drafted, edited, or approved with a failed delivery. */
    public List<DraftView> pending() {
        expireDue();
        return jdbi.withHandle(h -> DraftStore.list(h, Optional.empty())).stream()
                .filter(d -> PENDING.contains(d.status())).map(this::view).toList();
    }

    @Override
    public ReviewOutcome approve(String draftId, Caller by) {
        if (!by.has(Role.APPROVER)) {
            return refusedRole(by, "approve", draftId);
        }
        return claimAndDeliver(draftId, by, "approve");
    }

    /** Sends an approved draft whose delivery failed, again. Only approvers may; only approved drafts are sent. */
    public ReviewOutcome retry(String draftId, Caller by) {
        if (!by.has(Role.APPROVER)) {
            return refusedRole(by, "retry sending", draftId);
        }
        return claimAndDeliver(draftId, by, "retry");
    }

    @Override
    public ReviewOutcome reject(String draftId, Caller by, String reason) {
        if (!by.has(Role.APPROVER)) {
            return refusedRole(by, "reject", draftId);
        }
        Instant now = clock.instant();
        Step step = jdbi.inTransaction(h -> {
            Optional<StoredDraft> found = current(h, draftId, now);
            if (found.isEmpty()) {
                return Step.refused(unknown(draftId));
            }
            StoredDraft d = found.get();
            if (!d.awaitsReview() && d.status() != DraftStatus.APPROVED) {
                return Step.refused(cannot("reject", d));
            }
            StoredDraft rejected = d.moved(DraftStatus.REJECTED, now);
            DraftStore.update(h, rejected);
            AuditLog.append(h, rejected, d.status(), DraftStatus.REJECTED, by.userId(), by.platform(),
                    reason == null ? "" : reason.strip(), now);
            return Step.done(rejected);
        });
        return finish(step, by, "reject");
    }

    @Override
    public ReviewOutcome edit(String draftId, Caller by, String subject, String body) {
        if (!by.isStaff()) {
            return refusedRole(by, "edit", draftId);
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
        Step step = jdbi.inTransaction(h -> {
            Optional<StoredDraft> found = current(h, draftId, now);
            if (found.isEmpty()) {
                return Step.refused(unknown(draftId));
            }
            StoredDraft d = found.get();
            String nextSubject = newSubject != null ? newSubject : d.subject();
            String nextBody = body != null ? body.strip() : d.body();
            if (nextSubject.equals(d.subject()) && nextBody.equals(d.body())) {
                return Step.refused("The subject and body are the same as the draft's; nothing was changed.");
            }
            DraftStatus to;
            String note;
            if (d.awaitsReview()) {
                to = DraftStatus.EDITED;
                note = "";
            } else if (d.status() == DraftStatus.APPROVED) {
                to = DraftStatus.DRAFTED;
                note = "edited after approval: the approval no longer holds, approve again to send";
            } else {
                return Step.refused(cannot("edit", d));
            }
            StoredDraft edited = d.edited(nextSubject, nextBody, to, now);
            DraftStore.update(h, edited);
            AuditLog.append(h, edited, d.status(), to, by.userId(), by.platform(), note, now);
            return Step.done(edited);
        });
        return finish(step, by, "edit");
    }

    /** The history of one draft or of all, oldest first. */
    public List<AuditEntry> audit(Optional<String> draftId) {
        return jdbi.withHandle(h -> AuditLog.entries(h, draftId));
    }

    /**
     * What a start does: expire drafts past their date, take over claims whose sender died and deliver them,
     * and retry approved drafts whose delivery failed.
     */
    public Recovery recover() {
        int expired = expireDue();
        Instant staleBefore = clock.instant().minusSeconds(settings.claimTimeoutSeconds());
        int resumed = 0;
        for (String id : jdbi.withHandle(h -> DraftStore.staleClaims(h, staleBefore))) {
            Optional<StoredDraft> claim = jdbi.inTransaction(h -> takeOver(h, id, clock.instant()));
            if (claim.isPresent()) {
                notifyChanged(claim.get());
                deliver(claim.get());
                resumed++;
            }
        }
        int retried = 0;
        for (String id : jdbi.withHandle(DraftStore::failedDeliveries)) {
            Instant now = clock.instant();
            Optional<StoredDraft> claim = jdbi.inTransaction(h -> DraftStore.find(h, id)
                    .filter(d -> d.status() == DraftStatus.APPROVED && d.lastError() != null)
                    .map(d -> claim(h, d, SYSTEM, "system", "retry on start after a failed delivery", now)));
            if (claim.isPresent()) {
                notifyChanged(claim.get());
                deliver(claim.get());
                retried++;
            }
        }
        if (expired + resumed + retried > 0) {
            log.info("outreach on start: {} draft(s) expired, {} interrupted delivery(ies) resumed, {} failed "
                    + "delivery(ies) retried", expired, resumed, retried);
        }
        return new Recovery(expired, resumed, retried);
    }

    /** Expires every draft still awaiting review past its expiry date; returns how many. */
    public int expireDue() {
        int count = 0;
        for (String id : jdbi.withHandle(h -> DraftStore.dueToExpire(h, clock.instant()))) {
            if (expireIfDue(id)) {
                count++;
            }
        }
        return count;
    }

    private boolean expireIfDue(String draftId) {
        Instant now = clock.instant();
        boolean due = jdbi.withHandle(h -> DraftStore.find(h, draftId))
                .map(d -> d.awaitsReview() && !d.expiresAt().isAfter(now)).orElse(false);
        if (!due) {
            return false;
        }
        Optional<StoredDraft> expired = jdbi.inTransaction(h -> DraftStore.find(h, draftId).flatMap(d -> expire(h, d, now)));
        expired.ifPresent(this::notifyChanged);
        return expired.isPresent();
    }

    private Optional<StoredDraft> expire(Handle h, StoredDraft d, Instant now) {
        if (!d.awaitsReview() || d.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        StoredDraft expired = d.moved(DraftStatus.EXPIRED, now);
        DraftStore.update(h, expired);
        AuditLog.append(h, expired, d.status(), DraftStatus.EXPIRED, SYSTEM, "system",
                "not approved or rejected within " + settings.expiryDays() + " day(s)", now);
        log.info("draft {} expired", d.id());
        return Optional.of(expired);
    }

    /** The draft as it is now, expiring it first when due (the expiry is kept even if the action is refused). */
    private Optional<StoredDraft> current(Handle h, String draftId, Instant now) {
        return DraftStore.find(h, draftId).map(d -> expire(h, d, now).orElse(d));
    }

    private ReviewOutcome claimAndDeliver(String draftId, Caller by, String action) {
        Instant now = clock.instant();
        Step step = jdbi.inTransaction(h -> {
            Optional<StoredDraft> found = current(h, draftId, now);
            if (found.isEmpty()) {
                return Step.refused(unknown(draftId));
            }
            StoredDraft d = found.get();
            if (d.awaitsReview() && action.equals("approve")) {
                StoredDraft approved = d.moved(DraftStatus.APPROVED, now);
                DraftStore.update(h, approved);
                AuditLog.append(h, approved, d.status(), DraftStatus.APPROVED, by.userId(), by.platform(), "", now);
                return Step.done(claim(h, approved, by.userId(), by.platform(), "claimed for delivery", now));
            }
            if (d.status() == DraftStatus.APPROVED) {
                String note = "sending again after a failed delivery" + (d.lastError() == null ? "" : " (" + d.lastError() + ")");
                return Step.done(claim(h, d, by.userId(), by.platform(), note, now));
            }
            if (d.status() == DraftStatus.SENDING && action.equals("retry")
                    && !d.claimedAt().isAfter(now.minusSeconds(settings.claimTimeoutSeconds()))) {
                return takeOver(h, draftId, now).map(Step::done).orElseGet(() -> Step.refused(cannot(action, d)));
            }
            return Step.refused(cannot(action, d));
        });
        if (step.refusal() != null) {
            log.info("{} refused to {} draft {}: {}", by.userId(), action, draftId, step.refusal());
            return new ReviewOutcome.Refused(step.refusal());
        }
        notifyChanged(step.draft());
        return new ReviewOutcome.Done(deliver(step.draft()));
    }

    private StoredDraft claim(Handle h, StoredDraft approved, String actor, String platform, String note, Instant now) {
        StoredDraft claimed = approved.claimed(UUID.randomUUID().toString(), now);
        DraftStore.update(h, claimed);
        AuditLog.append(h, claimed, DraftStatus.APPROVED, DraftStatus.SENDING, actor, platform, note, now);
        return claimed;
    }

    private Optional<StoredDraft> takeOver(Handle h, String id, Instant now) {
        Instant staleBefore = now.minusSeconds(settings.claimTimeoutSeconds());
        return DraftStore.find(h, id)
                .filter(d -> d.status() == DraftStatus.SENDING && !d.claimedAt().isAfter(staleBefore))
                .map(d -> {
                    StoredDraft claimed = d.claimed(UUID.randomUUID().toString(), now);
                    DraftStore.update(h, claimed);
                    AuditLog.append(h, claimed, DraftStatus.SENDING, DraftStatus.SENDING, SYSTEM, "system",
                            "delivery resumed: the sender that claimed it at " + StoredTime.display(d.claimedAt())
                                    + " stopped before recording the outcome", now);
                    log.info("draft {}: taking over a claim from {} and delivering", id, d.claimedAt());
                    return claimed;
                });
    }

    /** Hands a claimed draft to the outbox and records the outcome, if the claim is still ours. */
    private DraftView deliver(StoredDraft claimed) {
        OutgoingMessage message = new OutgoingMessage(claimed.id(), claimed.messageId(), settings.senderName(),
                settings.fromAddress(), claimed.recipient(), claimed.subject(), claimed.body(), claimed.language(),
                clock.instant());
        String error = null;
        try {
            outbox.deliver(message);
        } catch (Exception e) {
            error = describe(e);
            log.warn("draft {}: delivery through {} failed: {}; it stays approved and is retried on start or "
                    + "with `tenure drafts retry {}`", claimed.id(), outbox.description(), error, claimed.id());
        }
        String failure = error;
        Instant now = clock.instant();
        StoredDraft after = jdbi.inTransaction(h -> {
            StoredDraft current = DraftStore.find(h, claimed.id()).orElseThrow();
            if (current.status() != DraftStatus.SENDING || !Objects.equals(current.claimToken(), claimed.claimToken())) {
                log.warn("draft {}: the claim was taken over while delivering; leaving the outcome to its new owner",
                        claimed.id());
                return current;
            }
            StoredDraft next = failure == null ? current.sent(now) : current.failed(failure, now);
            DraftStore.update(h, next);
            AuditLog.append(h, next, DraftStatus.SENDING, next.status(), SYSTEM, "system",
                    failure == null ? "delivered through " + outbox.description() : "delivery failed: " + failure, now);
            return next;
        });
        if (failure == null) {
            log.info("draft {} sent to {} through {}", claimed.id(), claimed.recipient(), outbox.description());
        }
        notifyChanged(after);
        return view(after);
    }

    private ReviewOutcome finish(Step step, Caller by, String action) {
        if (step.refusal() != null) {
            log.info("{} refused to {}: {}", by.userId(), action, step.refusal());
            return new ReviewOutcome.Refused(step.refusal());
        }
        notifyChanged(step.draft());
        return new ReviewOutcome.Done(view(step.draft()));
    }

    private ReviewOutcome refusedRole(Caller by, String action, String draftId) {
        String needed = action.equals("edit") ? "a staff role (agent, manager or approver)" : "the approver role";
        log.info("{} may not {} draft {}: that needs {}", by.userId(), action, draftId, needed);
        return new ReviewOutcome.Refused(by.userId() + " may not " + action + " drafts: that needs " + needed
                + ". Nothing was changed.");
    }

    private static String unknown(String draftId) {
        return "There is no draft " + draftId + ".";
    }

    private static String cannot(String action, StoredDraft d) {
        String state = switch (d.status()) {
            case SENDING -> "it is approved and being sent";
            case SENT -> "it was already sent, at " + StoredTime.display(d.sentAt());
            case REJECTED -> "it was rejected";
            case EXPIRED -> "it expired on " + StoredTime.display(d.expiresAt());
            case APPROVED -> "it is approved";
            case DRAFTED, EDITED -> "it is not approved yet (" + AuditLog.key(d.status()) + ")";
        };
        return "Cannot " + action + " draft " + d.id() + ": " + state + ". Nothing was changed.";
    }

    private void notifyChanged(StoredDraft draft) {
        if (listeners.isEmpty()) {
            return;
        }
        DraftView view = view(draft);
        for (DraftListener listener : listeners) {
            try {
                listener.changed(view);
            } catch (RuntimeException e) {
                log.warn("a draft listener failed on draft {}: {}", draft.id(), e.toString());
            }
        }
    }

    DraftView view(StoredDraft d) {
        List<String> history = new ArrayList<>();
        for (AuditEntry entry : audit(Optional.of(d.id()))) {
            history.add(historyLine(entry));
        }
        return new DraftView(d.id(), d.accountId(), d.accountName(), d.kind(), d.language(), d.riskReason(),
                d.recipient(), d.subject(), d.body(), d.status(), history, d.sentAt());
    }

    /** The draft's last delivery error, or empty. */
    public Optional<String> lastError(String draftId) {
        return jdbi.withHandle(h -> DraftStore.find(h, draftId)).map(StoredDraft::lastError);
    }

    static String historyLine(AuditEntry entry) {
        String what;
        if (entry.from() == null) {
            what = "drafted";
        } else if (entry.from() == DraftStatus.APPROVED && entry.to() == DraftStatus.DRAFTED) {
            what = "edited after approval (approval withdrawn)";
        } else if (entry.from() == DraftStatus.SENDING && entry.to() == DraftStatus.SENDING) {
            what = "delivery resumed";
        } else if (entry.from() == DraftStatus.SENDING && entry.to() == DraftStatus.APPROVED) {
            what = "delivery failed";
        } else if (entry.to() == DraftStatus.SENDING) {
            what = "claimed for sending";
        } else {
            what = AuditLog.key(entry.to());
        }
        String line = what + " by " + entry.actor() + " at " + StoredTime.display(entry.at());
        boolean showNote = entry.to() == DraftStatus.REJECTED || entry.to() == DraftStatus.EXPIRED
                || (entry.from() == DraftStatus.SENDING && entry.to() == DraftStatus.APPROVED);
        return showNote && !entry.note().isEmpty() ? line + ": " + entry.note() : line;
    }

    private String newId(Handle h) {
        while (true) {
            StringBuilder id = new StringBuilder("d-");
            for (int i = 0; i < 7; i++) {
                id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
            }
            if (!DraftStore.exists(h, id.toString())) {
                return id.toString();
            }
        }
    }

    private String messageId(String id, Instant now) {
        String from = settings.fromAddress();
        String domain = from.substring(from.indexOf('@') + 1).strip();
        return "<" + id + "." + now.toEpochMilli() + ".tenure@" + (domain.isEmpty() ? "tenure.invalid" : domain) + ">";
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        StringBuilder text = new StringBuilder();
        while (cause != null && text.length() < 300) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip());
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        String result = text.toString().replace('\n', ' ');
        return result.length() > 300 ? result.substring(0, 300) + "…" : result;
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
