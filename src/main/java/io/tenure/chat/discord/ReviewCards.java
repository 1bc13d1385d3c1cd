package io.tenure.chat.discord;

import io.tenure.chat.CardClaims;
import io.tenure.outreach.DraftListener;
import io.tenure.outreach.DraftView;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one review card per draft in the review channel: posts it when a draft is created and edits that
 * same message whenever the draft changes, whoever changed it (a click here, Slack, the command line, another
 * replica): the card job calls {@link #show}. Showing is serialised in this process.
 */
final class ReviewCards implements DraftListener {
    private static final Logger log = LoggerFactory.getLogger(ReviewCards.class);

    private final CardClaims store;
    private final String channelId;
    private final Function<String, MessageChannel> channels;
    private final Executor cardWork;
    /** What each card shows now, so a change reported twice (by the click and by the listener) edits once. */
    private final Map<String, String> shown = new ConcurrentHashMap<>();

    /** @param channels finds a channel by id, failing with an explanation when the bot cannot see it */
    ReviewCards(CardClaims store, String channelId, Function<String, MessageChannel> channels, Executor cardWork) {
        this.store = store;
        this.channelId = channelId;
        this.channels = channels;
        this.cardWork = cardWork;
    }

    /** Posts or edits the card now; called by the card job, which retries it when this throws. */
    @Override
    public synchronized void show(DraftView draft) {
        update(draft);
    }

    /** After a click here: the clicker sees the new state without waiting for the card job. */
    void changed(DraftView draft) {
        cardWork.execute(() -> safely(draft, () -> show(draft)));
    }

    private void post(DraftView draft) {
        if (!store.claim(draft.id(), channelId)) {
            // Posted already, or being posted by another instance, which then shows this state itself.
            store.find(draft.id()).ifPresent(card -> edit(card, draft));
            return;
        }
        try {
            Message message = channels.apply(channelId).sendMessage(DraftCards.render(draft)).complete();
            store.posted(draft.id(), message.getId());
            shown.put(draft.id(), draft.toString());
        } catch (RuntimeException e) {
            store.release(draft.id());
            throw e;
        }
    }

    private void update(DraftView draft) {
        Optional<CardClaims.Card> card = store.find(draft.id());
        if (card.isEmpty()) {
            // A draft created before the bot ran, or whose card failed to post: show it while it can be reviewed.
            if (DraftCards.reviewable(draft.status())) {
                post(draft);
            }
            return;
        }
        edit(card.get(), draft);
    }

    private void edit(CardClaims.Card card, DraftView draft) {
        String state = draft.toString();
        if (state.equals(shown.get(draft.id()))) {
            return;
        }
        channels.apply(card.channelId()).editMessageById(card.messageId(),
                MessageEditBuilder.fromCreateData(DraftCards.render(draft)).setReplace(true).build()).complete();
        shown.put(draft.id(), state);
    }

    private static void safely(DraftView draft, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("could not show the review card of draft {}: {}", draft.id(), e.getMessage(), e);
        }
    }
}
