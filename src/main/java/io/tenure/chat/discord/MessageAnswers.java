package io.tenure.chat.discord;

import io.tenure.assistant.Assistant;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Conversation;
import io.tenure.assistant.Inbound;
import io.tenure.assistant.Reply;
import io.tenure.chat.EventClaims;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers messages: direct messages, mentions of the bot, and every message in a support channel. The
 * assistant decides what is answered; a reply meant for the asker alone goes to them by direct message,
 * since a channel message cannot be ephemeral.
 */
final class MessageAnswers extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(MessageAnswers.class);
    private static final String PLATFORM = "discord";

    private final Assistant assistant;
    private final DiscordCallers callers;
    private final ChannelKinds channels;
    private final EventClaims answered;
    private final Executor work;

    MessageAnswers(Assistant assistant, DiscordCallers callers, ChannelKinds channels, EventClaims answered,
                   Executor work) {
        this.assistant = assistant;
        this.callers = callers;
        this.channels = channels;
        this.answered = answered;
        this.work = work;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot() || event.isWebhookMessage() || event.getAuthor().isSystem()) {
            return;
        }
        Message message = event.getMessage();
        boolean direct = !event.isFromGuild();
        String channelId = InteractionAnswers.audienceOf(event.getChannel());
        boolean mentioned = !direct && message.getMentions().isMentioned(event.getJDA().getSelfUser(),
                Message.MentionType.USER);
        if (!direct && !mentioned && !channels.answersEveryMessage(channelId)) {
            return;
        }
        ChannelKind kind = channels.kindOf(channelId, direct);
        Caller caller = callers.caller(event.getAuthor(), event.getMember());
        String text = withoutMention(message.getContentRaw(), event.getJDA().getSelfUser().getId());
        Conversation conversation = conversation(message, direct, event.getJDA().getSelfUser().getId());
        work.execute(() -> answer(message, new Inbound(caller, kind, channelId, text, conversation)));
    }

    /**
     * The conversation a message belongs to: a thread, or a direct message, is one conversation; in a
     * channel, each message starts its own, and a reply to one of the bot's answers continues the
     * conversation of the message that answer replied to (each reply keeps its own turn, so a reply to an
     * older answer continues from there).
     */
    static Conversation conversation(Message message, boolean direct, String selfId) {
        MessageChannel channel = message.getChannel();
        if (channel instanceof ThreadChannel || direct) {
            return Conversation.of(PLATFORM + ":" + channel.getId());
        }
        String own = PLATFORM + ":" + channel.getId() + ":" + message.getId();
        Message answer = message.getReferencedMessage();
        if (answer != null && answer.getAuthor().getId().equals(selfId) && answer.getMessageReference() != null) {
            return new Conversation(own, PLATFORM + ":" + channel.getId() + ":" + answer.getMessageReference().getMessageId());
        }
        return Conversation.of(own);
    }

    private void answer(Message message, Inbound inbound) {
        if (!answered.claim(message.getId())) {
            log.debug("message {} is already answered", message.getId());
            return;
        }
        try {
            message.getChannel().sendTyping().queue(null, e -> log.debug("typing indicator failed: {}", e.getMessage()));
            deliver(message, inbound, ReplyMessages.shownIn(inbound.channel(), assistant.handle(inbound)));
            answered.answered(message.getId());
        } catch (RuntimeException e) {
            answered.answered(message.getId());
            Reply apology = assistant.failed(e, "answering Discord message " + message.getId(), inbound);
            message.reply(ReplyMessages.notice(apology.text())).mentionRepliedUser(false).queue(null,
                    failure -> log.error("could not report a failure to answer {}: {}", message.getId(),
                            failure.getMessage()));
        }
    }

    private void deliver(Message message, Inbound inbound, Reply reply) {
        MessageCreateData rendered = ReplyMessages.render(reply);
        if (!reply.privateToCaller() || inbound.channel() == ChannelKind.DIRECT) {
            message.reply(rendered).mentionRepliedUser(false).queue(null,
                    e -> log.error("could not answer message {} in channel {}: {}", message.getId(),
                            message.getChannel().getId(), e.getMessage()));
            return;
        }
        message.getAuthor().openPrivateChannel()
                .flatMap(dm -> dm.sendMessage(rendered))
                .queue(null, e -> {
                    // The asker does not accept direct messages: say so where they asked, without the private part.
                    log.info("could not send a private reply to {} ({}); telling them in the channel",
                            message.getAuthor().getId(), e.getMessage());
                    String notice = reply.isInternal()
                            ? "I have a private reply for you, but I cannot send you direct messages. "
                            + "Allow direct messages from server members and ask again."
                            : reply.text();
                    message.reply(ReplyMessages.notice(notice)).mentionRepliedUser(false).queue(null,
                            failure -> log.error("could not answer message {}: {}", message.getId(), failure.getMessage()));
                });
    }

    private static String withoutMention(String content, String selfId) {
        return Pattern.compile("<@!?" + Pattern.quote(selfId) + ">").matcher(content).replaceAll(" ").strip();
    }
}
