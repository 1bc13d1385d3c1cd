package io.tenure.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.UnmatchedRequestHandler;
import com.slack.api.bolt.handler.builtin.DefaultUnmatchedRequestHandler;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Conversation;
import io.tenure.assistant.Inbound;
import io.tenure.assistant.RoleDirectory;
import io.tenure.chat.AnsweredThreads;
import io.tenure.chat.EventClaims;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Bolt listener of the Slack app, in one place. Each one acknowledges at once and hands the work
 * to a worker thread: Slack wants an answer within three seconds and retries otherwise.
 */
final class SlackListeners {
    static final String COMMAND = "/tenure";
    private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);
    private static final String PLATFORM = "slack";
    private static final UnmatchedRequestHandler BOLT_DEFAULT = new DefaultUnmatchedRequestHandler();
    /**
     * Messages of a subtype no listener takes (channel_join, channel_topic, pinned items…) are not questions:
     * acknowledged, where Bolt would answer 404 and Slack would retry each one three times.
     */
    static final UnmatchedRequestHandler UNMATCHED = request ->
            request instanceof EventRequest event && "message".equals(event.getEventType())
                    ? Response.ok() : BOLT_DEFAULT.handle(request);

    private final SlackConversations conversations;
    private final SlackReviewCards reviewCards;
    private final SlackChannels channels;
    private final RoleDirectory roles;
    private final EventClaims seen;
    private final AnsweredThreads threads;
    private final SlackWebApi web;
    private final ExecutorService work;

    SlackListeners(SlackConversations conversations, SlackReviewCards reviewCards, SlackChannels channels,
                   RoleDirectory roles, EventClaims seen, AnsweredThreads threads, SlackWebApi web,
                   ExecutorService work) {
        this.conversations = conversations;
        this.reviewCards = reviewCards;
        this.channels = channels;
        this.roles = roles;
        this.seen = seen;
        this.threads = threads;
        this.web = web;
        this.work = work;
    }

    void register(App bolt) {
        bolt.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            // In a channel the answer goes in the thread: the mention's own, or the one it was said in.
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            work.execute(() -> answer(payload.getEventId(), ctx.getRetryNum(), event.getUser(), event.getChannel(),
                    null, event.getText(), thread, false));
            return ctx.ack();
        });
        bolt.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if (event.getBotId() == null) {
                message(payload.getEventId(), ctx.getRetryNum(), ctx.getBotUserId(), event.getUser(),
                        event.getChannel(), event.getChannelType(), event.getText(), event.getTs(), event.getThreadTs());
            }
            return ctx.ack();
        });
        // A message with a file (a screenshot with the question) and a thread reply also sent to the channel
        // come with a subtype, which Bolt would otherwise answer with 404: no reply, and Slack retrying.
        bolt.event(MessageFileShareEvent.class, (payload, ctx) -> {
            MessageFileShareEvent event = payload.getEvent();
            message(payload.getEventId(), ctx.getRetryNum(), ctx.getBotUserId(), event.getUser(), event.getChannel(),
                    event.getChannelType(), event.getText(), event.getTs(), event.getThreadTs());
            return ctx.ack();
        });
        bolt.event(MessageThreadBroadcastEvent.class, (payload, ctx) -> {
            MessageThreadBroadcastEvent event = payload.getEvent();
            message(payload.getEventId(), ctx.getRetryNum(), ctx.getBotUserId(), event.getUser(), event.getChannel(),
                    event.getChannelType(), event.getText(), event.getTs(), event.getThreadTs());
            return ctx.ack();
        });
        // Edits, deletions and other bots' messages are not questions; acknowledged so Slack does not retry.
        bolt.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        bolt.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
        bolt.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());

        bolt.command(COMMAND, (request, ctx) -> {
            var payload = request.getPayload();
            ChannelKind kind = "directmessage".equals(payload.getChannelName()) ? ChannelKind.DIRECT
                    : channels.kindOf(payload.getChannelId(), null);
            Inbound inbound = new Inbound(caller(payload.getUserId()), kind, payload.getChannelId(),
                    SlackText.plain(payload.getText()));
            work.execute(() -> conversations.converse(inbound,
                    new SlashCommandTarget(ctx, web, payload.getChannelId(), kind == ChannelKind.DIRECT), null));
            return ctx.ack();
        });

        bolt.blockAction(ReplyBlocks.HELPFUL, (request, ctx) -> {
            feedback(request.getPayload(), true);
            return ctx.ack();
        });
        bolt.blockAction(ReplyBlocks.NOT_HELPFUL, (request, ctx) -> {
            feedback(request.getPayload(), false);
            return ctx.ack();
        });
        bolt.blockAction(ReplyBlocks.ALERT_ACCOUNT, (request, ctx) -> {
            alertStep(request.getPayload());
            return ctx.ack();
        });
        bolt.blockAction(ReplyBlocks.ALERT_DRAFT, (request, ctx) -> {
            alertStep(request.getPayload());
            return ctx.ack();
        });
        bolt.blockAction(DraftCard.APPROVE, (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            // From a review card, or from the App Home, which has no channel.
            reviewCards.approve(value(payload), caller(payload.getUser().getId()),
                    payload.getChannel() == null ? null : payload.getChannel().getId());
            return ctx.ack();
        });
        bolt.blockAction(DraftCard.EDIT, (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            reviewCards.openModal(value(payload), payload.getTriggerId(), caller(payload.getUser().getId()),
                    payload.getChannel().getId(), true);
            return ctx.ack();
        });
        bolt.blockAction(DraftCard.REJECT, (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            reviewCards.openModal(value(payload), payload.getTriggerId(), caller(payload.getUser().getId()),
                    payload.getChannel().getId(), false);
            return ctx.ack();
        });
        bolt.viewSubmission(DraftModals.EDIT_CALLBACK, (request, ctx) -> {
            var view = request.getPayload().getView();
            DraftModals.Origin origin = DraftModals.Origin.decode(view.getPrivateMetadata());
            reviewCards.edit(origin.draftId(), caller(request.getPayload().getUser().getId()), origin.channel(),
                    DraftModals.value(view.getState(), "subject"), DraftModals.value(view.getState(), "body"));
            return ctx.ack();
        });
        bolt.viewSubmission(DraftModals.REJECT_CALLBACK, (request, ctx) -> {
            var view = request.getPayload().getView();
            DraftModals.Origin origin = DraftModals.Origin.decode(view.getPrivateMetadata());
            reviewCards.reject(origin.draftId(), caller(request.getPayload().getUser().getId()), origin.channel(),
                    DraftModals.value(view.getState(), "reason"));
            return ctx.ack();
        });
    }

    /** A person's message: answered in a DM, and in a channel only as a follow-up in an answered thread. */
    private void message(String eventId, Integer retryNum, String botUserId, String user, String channel,
                         String channelType, String text, String ts, String threadTs) {
        if (user != null && user.equals(botUserId)) {
            // The bot's own file uploads (a digest chart in a DM) come back as file_share messages.
            return;
        }
        if ("im".equals(channelType)) {
            work.execute(() -> answer(eventId, retryNum, user, channel, "im", text, threadTs, false));
        } else if (threadTs != null && !threadTs.equals(ts) && !SlackText.mentions(text, botUserId)) {
            // A reply in a thread without a mention (mentions come as app_mention): answered only in
            // threads the bot is already answering.
            work.execute(() -> answer(eventId, retryNum, user, channel, channelType, text, threadTs, true));
        }
    }

    /**
     * Runs on a worker: claims the event (by id, across retries and replicas) and answers it; the claim is
     * marked answered only once the reply is out, so a replica dying mid-answer leaves it to Slack's retry.
     */
    private void answer(String eventId, Integer retryNum, String user, String channel, String channelType,
                        String text, String thread, boolean onlyInAnsweredThreads) {
        if (user == null || channel == null) {
            // Workflow and system messages have no person to answer.
            return;
        }
        boolean claimed = false;
        try {
            if (onlyInAnsweredThreads && !threads.answered(channel, thread)) {
                return;
            }
            if (!seen.claim(eventId)) {
                log.info("Slack event {} already taken; delivery {} ignored", eventId,
                        retryNum == null ? "repeat" : "retry " + retryNum);
                return;
            }
            claimed = true;
            ChannelKind kind = channels.kindOf(channel, channelType);
            Inbound inbound = new Inbound(caller(user), kind, channel, SlackText.plain(text), conversation(channel, thread));
            conversations.converse(inbound, new ThreadTarget(web, threads, channel, thread, user,
                    kind != ChannelKind.DIRECT), eventId);
            seen.answered(eventId);
        } catch (RuntimeException e) {
            // Who asked where is unknown when this fails early: treated as a customer, told only the apology.
            Inbound asker = new Inbound(Caller.customer(user, PLATFORM), ChannelKind.CUSTOMER_FACING, channel,
                    SlackText.plain(text));
            conversations.deliver(new ThreadTarget(web, threads, channel, thread, user, false),
                    conversations.failed(e, "answering Slack event " + eventId + " in channel " + channel, asker),
                    null, asker, eventId);
            if (claimed) {
                // The failure is said: a retry would only say it again.
                seen.answered(eventId);
            }
        }
    }

    /**
     * The conversation a message belongs to: its thread (a mention's own thread, which the answer starts),
     * or, at the top level of a direct message, the direct message itself.
     */
    static Conversation conversation(String channel, String thread) {
        return Conversation.of(PLATFORM + ":" + channel + (thread == null ? "" : ":" + thread));
    }

    /**
     * An alert's button: the staff command it stands for ({@code account ID}, {@code draft ID}), run as whoever
     * clicked, answered in the alert's thread; the assistant checks their roles as for a typed command.
     */
    private void alertStep(BlockActionPayload payload) {
        String user = payload.getUser().getId();
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        String thread = payload.getMessage() == null ? null : payload.getMessage().getTs();
        String text = ReplyBlocks.alertCommand(payload.getActions().get(0).getActionId(), value(payload));
        work.execute(() -> {
            ChannelKind kind = channels.kindOf(channel, null);
            Inbound inbound = new Inbound(caller(user), kind, channel, text);
            conversations.converse(inbound, new ThreadTarget(web, threads, channel, thread, user, false), null);
        });
    }

    private void feedback(BlockActionPayload payload, boolean helpful) {
        String value = value(payload);
        Caller caller = caller(payload.getUser().getId());
        String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
        String thread = payload.getMessage() == null ? null : payload.getMessage().getThreadTs();
        work.execute(() -> {
            String thanks;
            try {
                conversations.feedback(Long.parseLong(value), caller, helpful);
                thanks = helpful ? "Thanks, noted as helpful." : "Thanks, noted as not helpful; the team will look at it.";
            } catch (RuntimeException e) {
                thanks = conversations.failed(e, "storing feedback on question " + value,
                        new Inbound(caller, ChannelKind.CUSTOMER_FACING, channel, "")).text();
            }
            if (channel != null) {
                try {
                    web.postEphemeral(channel, caller.userId(), thread, thanks);
                } catch (RuntimeException e) {
                    log.warn("could not confirm feedback to {}: {}", caller.userId(), e.getMessage());
                }
            }
        });
    }

    private Caller caller(String userId) {
        return roles.caller(userId, PLATFORM);
    }

    private static String value(BlockActionPayload payload) {
        return payload.getActions().get(0).getValue();
    }
}
