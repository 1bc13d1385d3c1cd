package io.tenure.outreach;

import io.tenure.storage.Transaction;
import jakarta.mail.internet.AddressException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends claimed drafts and records the outcome. The claim ({@code approved → sending}, with a fresh token)
 * is a guarded transaction of its own; the outbox is called with no transaction open; the outcome is
 * recorded only if the claim is still ours. Outcomes: {@code sent}; {@code approved} with the error (failed
 * for now: the delivery job tries again with backoff); {@code failed} (permanent, or the job gave up: a
 * person decides); {@code uncertain} (SMTP cut off at the end of DATA: a person decides).
 */
final class DeliveryWorker {
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DraftStore drafts;
    private final Outbox outbox;
    private final OutreachSettings settings;
    private final DraftChanges changes;
    private final Clock clock;

    DeliveryWorker(DraftStore drafts, Outbox outbox, OutreachSettings settings, DraftChanges changes, Clock clock) {
        this.drafts = drafts;
        this.outbox = outbox;
        this.settings = settings;
        this.changes = changes;
        this.clock = clock;
    }

    Outbox outbox() {
        return outbox;
    }

    /** Moves a draft the caller read in this transaction into {@code sending}, under a new claim. */
    StoredDraft claim(Transaction tx, StoredDraft d, String actor, String platform, String note, Instant now) {
        StoredDraft claimed = d.claimed(UUID.randomUUID().toString(), now);
        changes.moved(tx, d, claimed, actor, platform, note, now);
        return claimed;
    }

    /**
     * Takes over a claim whose sender stopped. It is resumed when sending again cannot duplicate the message: the
     * outbox is idempotent, or the sender stopped before its hand-over mark (SMTP: before the end of DATA, so the
     * server discarded what it had). Otherwise the message may already be out, so the draft becomes
     * {@code uncertain} and waits for a person.
     */
    Optional<StoredDraft> takeOver(Transaction tx, StoredDraft d, Instant now) {
        String since = StoredTime.display(d.claimedAt());
        if (!outbox.idempotent() && drafts.handedOver(tx, d.id(), d.claimToken())) {
            StoredDraft uncertain = d.ended(DraftStatus.UNCERTAIN, "the sender stopped while delivering (claimed at "
                    + since + "); it may have been sent", now);
            changes.moved(tx, d, uncertain, DraftChanges.SYSTEM, "system", "the sender that claimed it at " + since
                    + " stopped before recording the outcome; it may have been sent: retry it or mark it sent", now);
            log.warn("draft {}: its sender stopped during delivery through {}; marked uncertain", d.id(),
                    outbox.description());
            return Optional.empty();
        }
        StoredDraft claimed = d.claimed(UUID.randomUUID().toString(), now);
        changes.moved(tx, d, claimed, DraftChanges.SYSTEM, "system", "delivery resumed: the sender that claimed it at "
                + since + " stopped " + (outbox.idempotent() ? "before recording the outcome"
                : "before handing the message over"), now);
        log.info("draft {}: taking over a claim from {} and delivering", d.id(), d.claimedAt());
        return Optional.of(claimed);
    }

    /**
     * Hands a claimed draft to the outbox and records the outcome, if the claim is still ours.
     *
     * @param retryLater whether a failure for now queues a delivery job (a person's retry, a resumed claim);
     *                   not when a queued job is the caller or already waits
     */
    StoredDraft deliver(StoredDraft claimed, boolean retryLater) {
        OutgoingMessage message = new OutgoingMessage(claimed.id(), claimed.messageId(), settings.senderName(),
                settings.fromAddress(), claimed.recipient(), claimed.subject(), claimed.body(), claimed.language(),
                clock.instant());
        DraftStatus outcome = DraftStatus.SENT;
        String error = null;
        try {
            outbox.deliver(message, () -> markHandedOver(claimed));
        } catch (Exception e) {
            error = describe(e);
            outcome = kind(e);
            log.warn("draft {}: delivery through {} {}: {}", claimed.id(), outbox.description(),
                    outcome == DraftStatus.APPROVED ? "failed; it is tried again later" : "ended " + outcome.key(),
                    error);
        }
        DraftStatus to = outcome;
        String failure = error;
        Instant now = clock.instant();
        StoredDraft after = drafts.inTransaction(tx -> {
            StoredDraft current = drafts.lock(tx, claimed.id()).orElseThrow();
            if (current.status() != DraftStatus.SENDING || !Objects.equals(current.claimToken(), claimed.claimToken())) {
                log.warn("draft {}: the claim was taken over while delivering; leaving the outcome to its new owner",
                        claimed.id());
                return current;
            }
            StoredDraft next = to == DraftStatus.SENT ? current.sent(now) : current.ended(to, failure, now);
            String note = switch (to) {
                case SENT -> "delivered through " + outbox.description();
                case UNCERTAIN -> "it may have been sent: " + failure;
                case FAILED -> "delivery failed for good: " + failure;
                default -> "delivery failed: " + failure;
            };
            changes.moved(tx, current, next, DraftChanges.SYSTEM, "system", note, now);
            if (to == DraftStatus.APPROVED && retryLater) {
                changes.queueDelivery(tx, next.id());
            }
            return next;
        });
        if (to == DraftStatus.SENT) {
            log.info("draft {} sent to {} through {}", claimed.id(), claimed.recipient(), outbox.description());
        }
        return after;
    }

    /** Records, before the point of no return, that this claim's message may be out (the mark takeOver reads). */
    private void markHandedOver(StoredDraft claimed) {
        if (!drafts.markHandedOver(claimed.id(), claimed.claimToken())) {
            throw new IllegalStateException("the claim on draft " + claimed.id() + " was taken over before the "
                    + "message was handed over");
        }
    }

    /** The delivery job gave up on a draft still failing for now: it fails for good, with its last error. */
    void giveUp(String draftId, int attempts) {
        Instant now = clock.instant();
        drafts.inTransaction(tx -> {
            drafts.lock(tx, draftId)
                    .filter(d -> d.status() == DraftStatus.APPROVED && d.lastError() != null)
                    .ifPresent(d -> changes.moved(tx, d, d.ended(DraftStatus.FAILED, d.lastError(), now),
                            DraftChanges.SYSTEM, "system", "gave up after " + attempts + " attempts: " + d.lastError(),
                            now));
            return null;
        });
    }

    private static DraftStatus kind(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DeliveryFailure failure) {
                return failure.kind() == DeliveryFailure.Kind.PERMANENT ? DraftStatus.FAILED : DraftStatus.UNCERTAIN;
            }
            if (cause instanceof AddressException) {
                return DraftStatus.FAILED;
            }
        }
        return DraftStatus.APPROVED;
    }

    static String describe(Throwable e) {
        Throwable cause = e;
        StringBuilder text = new StringBuilder();
        while (cause != null && text.length() < 300) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().strip());
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        String result = text.toString().replace('\n', ' ').replace('\r', ' ');
        return result.length() > 300 ? result.substring(0, 300) + "…" : result;
    }
}
