package io.tenure.chat.discord;

import io.tenure.assistant.Caller;
import io.tenure.outreach.DraftReview;
import io.tenure.outreach.DraftView;
import io.tenure.outreach.ReviewOutcome;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Approve, Edit and Reject on review cards. The draft review decides who may do what; a refusal is shown to
 * the clicker alone and changes nothing, and a change is shown by editing the card in place.
 */
final class ReviewActions extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(ReviewActions.class);

    private final DraftReview review;
    private final ReviewCards cards;
    private final DiscordCallers callers;
    private final Executor work;

    ReviewActions(DraftReview review, ReviewCards cards, DiscordCallers callers, Executor work) {
        this.review = review;
        this.cards = cards;
        this.callers = callers;
        this.work = work;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<ComponentIds> id = ComponentIds.parse(event.getComponentId());
        if (id.isEmpty()) {
            return;
        }
        String draftId = id.get().target();
        Caller caller = callers.caller(event.getUser(), event.getMember());
        switch (id.get().action()) {
            case ComponentIds.APPROVE -> {
                // Approving delivers through the outbox, which may take longer than Discord waits for an answer.
                InteractionHook hook = event.getHook();
                InteractionAnswers.afterAcknowledging(event.deferEdit(), "approval of " + draftId, work,
                        () -> act(hook, draftId, () -> review.approve(draftId, caller)));
            }
            case ComponentIds.EDIT -> {
                if (!refused(event, caller, draftId, true)) {
                    openEditForm(event, draftId);
                }
            }
            case ComponentIds.REJECT -> {
                if (!refused(event, caller, draftId, false)) {
                    event.replyModal(DraftCards.rejectForm(draftId)).queue(null,
                            e -> log.error("could not open the reject form of {}: {}", draftId, e.getMessage()));
                }
            }
            default -> {
                // Feedback buttons are answered by InteractionAnswers.
            }
        }
    }

    /** Someone who may not edit or reject gets a private refusal instead of the form, which shows the draft. */
    private boolean refused(ButtonInteractionEvent event, Caller caller, String draftId, boolean editing) {
        Optional<String> refusal = review.refusalToOpen(caller, editing);
        if (refusal.isEmpty()) {
            return false;
        }
        log.info("{} may not open the {} form of draft {}", caller.userId(), editing ? "edit" : "reject", draftId);
        event.reply(refusal.get()).setEphemeral(true)
                .queue(null, e -> log.error("could not refuse the form of {}: {}", draftId, e.getMessage()));
        return true;
    }

    /** A modal must be the first response, so the draft is read before answering; it is one row. */
    private void openEditForm(ButtonInteractionEvent event, String draftId) {
        Optional<DraftView> draft;
        try {
            draft = review.find(draftId);
        } catch (RuntimeException e) {
            event.reply(InteractionAnswers.failure(e, "reading draft " + draftId + " for editing")).setEphemeral(true)
                    .queue();
            return;
        }
        if (draft.isEmpty()) {
            event.reply("Draft " + draftId + " no longer exists.").setEphemeral(true).queue();
        } else if (!DraftCards.fitsEditForm(draft.get())) {
            event.reply("Draft " + draftId + " is longer than a Discord form holds (subject 300, body 4000 "
                    + "characters), so editing it here would cut it; edit it in the console or Slack.")
                    .setEphemeral(true).queue();
        } else {
            event.replyModal(DraftCards.editForm(draft.get())).queue(null,
                    e -> log.error("could not open the edit form of {}: {}", draftId, e.getMessage()));
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        Optional<ComponentIds> id = ComponentIds.parse(event.getModalId());
        if (id.isEmpty()) {
            return;
        }
        String draftId = id.get().target();
        Caller caller = callers.caller(event.getUser(), event.getMember());
        switch (id.get().action()) {
            case ComponentIds.EDIT_FORM -> {
                String subject = value(event, ComponentIds.SUBJECT_FIELD);
                String body = value(event, ComponentIds.BODY_FIELD);
                InteractionHook hook = event.getHook();
                InteractionAnswers.afterAcknowledging(event.deferEdit(), "the edit of " + draftId, work,
                        () -> act(hook, draftId, () -> review.edit(draftId, caller, subject, body)));
            }
            case ComponentIds.REJECT_FORM -> {
                String reason = value(event, ComponentIds.REASON_FIELD);
                InteractionHook hook = event.getHook();
                InteractionAnswers.afterAcknowledging(event.deferEdit(), "the rejection of " + draftId, work,
                        () -> act(hook, draftId, () -> review.reject(draftId, caller, reason)));
            }
            default -> event.reply("This form is no longer in use.").setEphemeral(true).queue();
        }
    }

    private void act(InteractionHook hook, String draftId, Supplier<ReviewOutcome> action) {
        try {
            ReviewOutcome outcome = action.get();
            if (outcome instanceof ReviewOutcome.Done done) {
                cards.changed(done.draft());
            } else if (outcome instanceof ReviewOutcome.Refused refused) {
                privately(hook, refused.reason());
            }
        } catch (RuntimeException e) {
            privately(hook, InteractionAnswers.failure(e, "review action on draft " + draftId));
        }
    }

    private static void privately(InteractionHook hook, String text) {
        hook.sendMessage(ReplyMessages.notice(text)).setEphemeral(true)
                .queue(null, e -> log.error("could not tell the reviewer: {}", e.getMessage()));
    }

    private static String value(ModalInteractionEvent event, String field) {
        ModalMapping mapping = event.getValue(field);
        return mapping == null ? "" : mapping.getAsString().strip();
    }
}
