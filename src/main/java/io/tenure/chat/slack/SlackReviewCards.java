package io.tenure.chat.slack;

import com.slack.api.model.block.LayoutBlock;
import io.tenure.assistant.Apologies;
import io.tenure.assistant.Caller;
import io.tenure.chat.PostedCards;
import io.tenure.outreach.DraftListener;
import io.tenure.outreach.DraftReview;
import io.tenure.outreach.DraftView;
import io.tenure.outreach.ReviewOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Review cards in the review channel: posts one per new draft, updates it in place on every change (the
 * card job calls {@link #show} for changes made by any process), and
 * passes Approve, Edit and Reject to {@link DraftReview}, which decides who may do what. A refusal is
 * shown only to the person who clicked; the card then stays as it was.
 */
final class SlackReviewCards implements DraftListener {
    private static final Logger log = LoggerFactory.getLogger(SlackReviewCards.class);

    private final DraftReview review;
    private final SlackWebApi web;
    private final PostedCards cards;
    private final String reviewChannel;
    /** One thread, so a draft's card is posted before it is updated and updates keep their order. */
    private final ExecutorService cardWork;
    private final ExecutorService clicks;
    /** What each card shows now, so the same state is not sent twice (an action and its event both report it). */
    private final Map<String, List<LayoutBlock>> shown = new ConcurrentHashMap<>();
    private volatile Consumer<String> homeRefresh = user -> {
    };

    SlackReviewCards(DraftReview review, SlackWebApi web, PostedCards cards, String reviewChannel,
                     ExecutorService cardWork, ExecutorService clicks) {
        this.review = review;
        this.web = web;
        this.cards = cards;
        this.reviewChannel = reviewChannel;
        this.cardWork = cardWork;
        this.clicks = clicks;
    }

    /** Posts or updates the card now; called by the card job, which retries it when this throws. */
    @Override
    public synchronized void show(DraftView draft) {
        List<LayoutBlock> blocks = DraftCard.of(draft);
        Optional<PostedCards.Location> card = cards.find(draft.id());
        if (card.isPresent()) {
            if (!blocks.equals(shown.get(draft.id()))) {
                web.update(card.get().channel(), card.get().messageId(), DraftCard.fallback(draft), blocks);
            }
        } else if (reviewChannel.isEmpty()) {
            log.debug("no review channel configured: draft {} gets no card", draft.id());
            return;
        } else {
            String ts = web.post(reviewChannel, null, DraftCard.fallback(draft), blocks);
            cards.remember(draft.id(), new PostedCards.Location(reviewChannel, ts));
        }
        shown.put(draft.id(), blocks);
    }

    /** After a click here: the clicker sees the new state at once; the card job shows it too, elsewhere. */
    private void showQuietly(DraftView draft) {
        try {
            show(draft);
        } catch (RuntimeException e) {
            log.error("could not show the review card of draft {}", draft.id(), e);
        }
    }

    /** @param channel where the card was clicked, or null for the App Home (then the home is published again) */
    void approve(String draftId, Caller by, String channel) {
        clicks.execute(() -> {
            act(draftId, by, channel, id -> review.approve(id, by));
            if (channel == null) {
                homeRefresh.accept(by.userId());
            }
        });
    }

    /** What to do after a click in someone's App Home: publish it again, so a decided draft leaves it. */
    void afterHomeClick(Consumer<String> refresh) {
        homeRefresh = refresh;
    }

    void reject(String draftId, Caller by, String channel, String reason) {
        clicks.execute(() -> act(draftId, by, channel, id -> review.reject(id, by, reason)));
    }

    void edit(String draftId, Caller by, String channel, String subject, String body) {
        clicks.execute(() -> act(draftId, by, channel, id -> review.edit(id, by, subject, body)));
    }

    /** Opens the Edit or Reject modal at once: Slack's trigger id is valid for three seconds only. */
    void openModal(String draftId, String triggerId, Caller by, String channel, boolean editing) {
        clicks.execute(() -> {
            try {
                Optional<String> refusal = review.refusalToOpen(by, editing);
                if (refusal.isPresent()) {
                    log.info("{} may not open the {} form of draft {}", by.userId(), editing ? "edit" : "reject", draftId);
                    explain(channel, by, refusal.get());
                    return;
                }
                Optional<DraftView> draft = review.find(draftId);
                if (draft.isEmpty()) {
                    web.postEphemeral(channel, by.userId(), null, "That draft no longer exists.");
                    return;
                }
                DraftModals.Origin origin = new DraftModals.Origin(draftId, channel);
                web.openView(triggerId, editing ? DraftModals.edit(draft.get(), origin)
                        : DraftModals.reject(draft.get(), origin));
            } catch (RuntimeException e) {
                String reference = Apologies.logged(e, "opening the review form of draft " + draftId);
                explain(channel, by, "I could not open that form (reference " + reference + ").");
            }
        });
    }

    private void act(String draftId, Caller by, String channel, Function<String, ReviewOutcome> action) {
        try {
            ReviewOutcome outcome = action.apply(draftId);
            if (outcome instanceof ReviewOutcome.Refused refused) {
                explain(channel, by, refused.reason());
            } else if (outcome instanceof ReviewOutcome.Done done) {
                cardWork.execute(() -> showQuietly(done.draft()));
            }
        } catch (RuntimeException e) {
            String reference = Apologies.logged(e, "review action on draft " + draftId + " by " + by.userId());
            explain(channel, by, "That did not work (reference " + reference + "). Nothing was changed by me; "
                    + "please look at the card and try again.");
        }
    }

    private void explain(String channel, Caller to, String text) {
        try {
            if (channel == null) {
                // A click in the App Home has no channel: the person's direct message with the app.
                web.post(to.userId(), null, text, List.of());
                return;
            }
            web.postEphemeral(channel, to.userId(), null, text);
        } catch (RuntimeException e) {
            log.error("could not tell {} in Slack: {} ({})", to.userId(), text, e.getMessage());
        }
    }
}
