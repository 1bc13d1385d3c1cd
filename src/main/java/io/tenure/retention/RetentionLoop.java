package io.tenure.retention;

import io.tenure.UserError;
import io.tenure.alerts.AlertRules;
import io.tenure.alerts.OwnerAlert;
import io.tenure.alerts.OwnerAlerts;
import io.tenure.assistant.AnsweredQuestion;
import io.tenure.assistant.Caller;
import io.tenure.assistant.QuestionFollowUp;
import io.tenure.assistant.QuestionLog;
import io.tenure.assistant.Role;
import io.tenure.health.AccountDirectory;
import io.tenure.health.AccountHealth;
import io.tenure.health.Reason;
import io.tenure.knowledge.Citation;
import io.tenure.outreach.ApprovalWorkflow;
import io.tenure.outreach.DraftKind;
import io.tenure.outreach.DraftView;
import io.tenure.outreach.OutreachDrafter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the loop after a customer's question is answered: recognises the question's intent and records
 * it; when the asker belongs to an account and wants to leave (or pay less, or get money back, or
 * complains about a charge), records a cancel-intent signal on the account, prepares a save-offer
 * draft for approval, and raises a {@code cancel_intent} owner alert (once per account and day): the alerts
 * channel and the owner directly. The customer's answer is
 * already given and is never changed: Tenure never hides or delays how to cancel.
 */
public final class RetentionLoop implements QuestionFollowUp {
    private static final Logger log = LoggerFactory.getLogger(RetentionLoop.class);
    /** Who drafts the save offer: Tenure itself, as staff, so the audit log says so. */
    private static final int PASSAGE_CHARS = 300;
    static final Caller TENURE = new Caller("tenure", "system", EnumSet.of(Role.AGENT));

    private final IntentRecognizer intents;
    private final AskerAccounts askers;
    private final QuestionLog questions;
    private final CancelIntentSignals signals;
    private final AccountDirectory accounts;
    private final OutreachDrafter drafter;
    private final ApprovalWorkflow drafts;
    private final OwnerAlerts alerts;
    private final Clock clock;

    public RetentionLoop(IntentRecognizer intents, AskerAccounts askers, QuestionLog questions,
                         CancelIntentSignals signals, AccountDirectory accounts, OutreachDrafter drafter,
                         ApprovalWorkflow drafts, OwnerAlerts alerts, Clock clock) {
        this.intents = intents;
        this.askers = askers;
        this.questions = questions;
        this.signals = signals;
        this.accounts = accounts;
        this.drafter = drafter;
        this.drafts = drafts;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public void answered(AnsweredQuestion answered) {
        Caller caller = answered.inbound().caller();
        Optional<String> intent = intents.recognise(answered.question());
        // Staff trying a question out are not the customer, even in a channel shared with one.
        Optional<String> account = caller.isStaff() ? Optional.empty()
                : askers.accountOf(caller.userId(), answered.inbound().channelId(), null);
        if (intent.isEmpty() && account.isEmpty()) {
            return;
        }
        questions.classify(answered.questionId(), intent.orElse(null), account.orElse(null));
        if (intent.isPresent() && account.isPresent()) {
            onCancelIntent(answered, account.get(), intent.get());
        }
    }

    /**
     * One at a time in this process: two follow-ups of one account must not both find no pending save offer
     * and draft two (follow-up jobs run on several threads).
     */
    private synchronized void onCancelIntent(AnsweredQuestion answered, String accountId, String intent) {
        LocalDate today = LocalDate.now(clock);
        Optional<AccountHealth> before = accounts.find(accountId, today);
        if (before.isEmpty()) {
            log.warn("customers mapping names account {} for {}, but there is no such account; no signal recorded",
                    accountId, answered.inbound().caller().userId());
            return;
        }
        // The follow-up job runs at least once: after a crash it runs again, and finds what it already did.
        if (!signals.record(accountId, answered.questionId(), answered.question(), intent, clock.instant())) {
            log.info("follow-up of question {} runs again (its process stopped): its signal is already recorded",
                    answered.questionId());
        }
        AccountHealth after = accounts.find(accountId, today).orElse(before.get());
        log.info("cancel intent ({}) on account {}: score {} -> {}", intent, accountId,
                before.get().health().score(), after.health().score());
        String draftNote;
        String draftId = null;
        Optional<DraftView> pending = pendingSaveOffer(accountId);
        if (pending.isPresent()) {
            draftId = pending.get().id();
            draftNote = "A save-offer draft for this account is already waiting for approval: " + draftId + ".";
        } else {
            try {
                DraftView draft = drafter.draft(accountId, DraftKind.SAVE_OFFER, TENURE);
                draftId = draft.id();
                draftNote = "Save-offer draft " + draftId + " is waiting for approval (\"" + draft.subject() + "\").";
                String others = drafter.otherPendingNote(draft);
                if (!others.isEmpty()) {
                    draftNote += " " + others;
                }
            } catch (UserError e) {
                // Another process may have added the one pending save-offer this account may have.
                Optional<DraftView> raced = pendingSaveOffer(accountId);
                if (raced.isPresent()) {
                    draftId = raced.get().id();
                    draftNote = "A save-offer draft for this account is already waiting for approval: " + draftId + ".";
                } else {
                    draftNote = "No save-offer draft could be prepared: " + e.getMessage();
                    log.warn("cancel intent on {}: {}", accountId, draftNote);
                }
            } catch (RuntimeException e) {
                // The owner must still hear of the customer; the draft can be made by hand.
                draftNote = "No save-offer draft could be prepared (" + e.getMessage() + "); draft one with "
                        + "`draft " + accountId + " save-offer`.";
                log.error("cancel intent on {}: drafting the save offer failed", accountId, e);
            }
        }
        OwnerAlert alert = new OwnerAlert(accountId, after.account().owner(), AlertRules.CANCEL_INTENT, today,
                notice(answered, intent, before.get(), after, draftNote), draftId);
        // Raising is idempotent per account and day (the owner_alert key), so a follow-up run again after a
        // crash adds no second alert, and neither does a second question the same day.
        if (!alerts.raise(alert)) {
            log.info("cancel intent on {} (question {}): the owner was already alerted today, or cancel_intent is "
                    + "off in the alert rules", accountId, answered.questionId());
        }
    }

    private Optional<DraftView> pendingSaveOffer(String accountId) {
        return drafts.pending().stream()
                .filter(d -> d.accountId().equals(accountId) && d.kind().equals(DraftKind.SAVE_OFFER.key()))
                .findFirst();
    }

    static String notice(AnsweredQuestion answered, String intent, AccountHealth before, AccountHealth after,
                         String draftNote) {
        var account = after.account();
        var health = after.health();
        StringBuilder text = new StringBuilder();
        text.append("**Cancel intent (").append(intent).append(")** on ").append(account.id());
        if (account.name() != null && !account.name().isBlank()) {
            text.append(" (").append(account.name()).append(')');
        }
        if (account.owner() != null && !account.owner().isBlank()) {
            text.append(", owner ").append(account.owner());
        }
        text.append("\n").append(answered.inbound().caller().userId()).append(" asked (")
                .append(answered.inbound().caller().platform()).append(", ")
                .append(answered.inbound().channel().key()).append("):\n> ")
                .append(answered.question().replace("\n", "\n> ")).append('\n');
        text.append(answered.answer().abstained()
                ? "The help center did not cover it; they were told a person will follow up:\n"
                : "The answer they got:\n");
        text.append("> ").append(answered.answer().answer().strip().replace("\n", "\n> ")).append('\n');
        int number = 1;
        for (Citation citation : answered.answer().citations()) {
            // The extractive answer is the cited passages: the owner should read what the customer read.
            String passage = citation.passage().strip().replace("\n", " ");
            text.append("> [").append(number++).append("] ").append(citation.title())
                    .append(citation.section().isEmpty() ? "" : " › " + citation.section()).append(": ")
                    .append(passage.length() > PASSAGE_CHARS ? passage.substring(0, PASSAGE_CHARS - 1) + "…" : passage)
                    .append('\n');
        }
        text.append("Health ").append(health.score()).append(" (").append(health.band().name().toLowerCase())
                .append(")");
        if (before.health().score() != health.score()) {
            text.append(", was ").append(before.health().score()).append(" before this question");
        }
        text.append(". Reasons:\n");
        for (Reason reason : health.reasons()) {
            text.append("• ").append(reason.rule()).append(": ").append(reason.detail()).append(" — ")
                    .append(reason.action()).append(" (").append(reason.ownerRole()).append(")\n");
        }
        text.append(draftNote);
        return text.toString();
    }
}
