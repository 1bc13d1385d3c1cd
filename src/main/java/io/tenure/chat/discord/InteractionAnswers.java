package io.tenure.chat.discord;

import io.tenure.assistant.AccountAlert;
import io.tenure.assistant.Apologies;
import io.tenure.assistant.Assistant;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Inbound;
import io.tenure.assistant.Reply;
import io.tenure.home.HomePage;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slash commands and Helpful / Not helpful clicks. Each interaction is deferred at once (Discord allows
 * three seconds), the work runs on another thread, and the deferred response is then filled in: with the
 * answer, or with an explanation of what failed. A reply meant for the asker alone replaces the public
 * "thinking" message with an ephemeral one.
 */
final class InteractionAnswers extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(InteractionAnswers.class);

    private final Assistant assistant;
    private final DiscordCallers callers;
    private final ChannelKinds channels;
    private final Executor work;
    private final boolean reviewsOn;
    private final HomePage home;

    /**
     * @param reviewsOn whether review buttons are answered (by {@link ReviewActions})
     * @param home what {@code /mine} shows, or null when there is no home
     */
    InteractionAnswers(Assistant assistant, DiscordCallers callers, ChannelKinds channels, Executor work,
                       boolean reviewsOn, HomePage home) {
        this.home = home;
        this.assistant = assistant;
        this.callers = callers;
        this.channels = channels;
        this.work = work;
        this.reviewsOn = reviewsOn;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (event.getName().equals("mine")) {
            mine(event);
            return;
        }
        String text = SlashCommands.toText(event.getName(),
                name -> Optional.ofNullable(event.getOption(name)).map(OptionMapping::getAsString).orElse(null));
        String channelId = audienceOf(event.getChannel());
        ChannelKind kind = channels.kindOf(channelId, !event.isFromGuild());
        Caller caller = callers.caller(event.getUser(), event.getMember());
        InteractionHook hook = event.getHook();
        afterAcknowledging(event.deferReply(false), "/" + event.getName(), work, () -> {
            try {
                Reply reply = ReplyMessages.shownIn(kind, assistant.handle(new Inbound(caller, kind, channelId, text)));
                MessageCreateData rendered = ReplyMessages.render(reply);
                if (reply.privateToCaller()) {
                    hook.deleteOriginal().mapToResult()
                            .flatMap(deleted -> hook.sendMessage(rendered).setEphemeral(true))
                            .queue(null, e -> log.error("could not answer /{}: {}", event.getName(), e.getMessage()));
                } else {
                    hook.editOriginal(MessageEditData.fromCreateData(rendered))
                            .queue(null, e -> log.error("could not answer /{}: {}", event.getName(), e.getMessage()));
                }
            } catch (RuntimeException e) {
                Reply apology = assistant.failed(e, "answering /" + event.getName(), new Inbound(caller, kind, channelId, text));
                hook.editOriginal(MessageEditData.fromContent(apology.text())).queue(null,
                        failure -> log.error("could not report a failure of /{}: {}", event.getName(), failure.getMessage()));
            }
        });
    }

    /** The caller's home, privately wherever it is asked: it may hold account data, and is theirs alone. */
    private void mine(SlashCommandInteractionEvent event) {
        Caller caller = callers.caller(event.getUser(), event.getMember());
        InteractionHook hook = event.getHook();
        afterAcknowledging(event.deferReply(true), "/mine", work, () -> {
            MessageEditData shown;
            try {
                shown = home == null ? MessageEditData.fromContent("Nothing to show here yet.")
                        : MessageEditData.fromCreateData(HomeMessages.render(home.of(caller)));
            } catch (RuntimeException e) {
                shown = MessageEditData.fromContent(assistant.failed(e, "showing /mine",
                        new Inbound(caller, ChannelKind.DIRECT, event.getChannelId(), "mine")).text());
            }
            hook.editOriginal(shown).queue(null, e -> log.error("could not answer /mine: {}", e.getMessage()));
        });
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<ComponentIds> id = ComponentIds.parse(event.getComponentId());
        String action = id.map(ComponentIds::action).orElse("");
        boolean review = action.equals(ComponentIds.APPROVE) || action.equals(ComponentIds.EDIT)
                || action.equals(ComponentIds.REJECT);
        if (review && reviewsOn) {
            return;
        }
        if (action.equals(ComponentIds.ALERT_ACCOUNT) || action.equals(ComponentIds.ALERT_DRAFT)) {
            alertStep(event, id.get());
            return;
        }
        if (!action.equals(ComponentIds.HELPFUL) && !action.equals(ComponentIds.NOT_HELPFUL)) {
            // Never leave a click unanswered: Discord would only say "interaction failed".
            event.reply(review ? "Draft reviews are not handled on Discord right now (no review channel or no draft "
                            + "review is configured); nothing was changed."
                            : "This button is no longer in use; nothing was changed.")
                    .setEphemeral(true).queue(null, e -> log.error("could not answer a click: {}", e.getMessage()));
            return;
        }
        boolean helpful = id.get().action().equals(ComponentIds.HELPFUL);
        Caller caller = callers.caller(event.getUser(), event.getMember());
        InteractionHook hook = event.getHook();
        afterAcknowledging(event.deferReply(true), "a feedback click", work, () -> {
            String answer;
            try {
                assistant.feedback(Long.parseLong(id.get().target()), caller, helpful);
                answer = helpful ? "Thanks! Glad it helped." : "Thanks for telling us; the team will improve this answer.";
            } catch (RuntimeException e) {
                answer = assistant.failed(e, "storing feedback on question " + id.get().target(),
                        new Inbound(caller, ChannelKind.CUSTOMER_FACING, event.getChannelId(), "")).text();
            }
            hook.editOriginal(answer).queue(null, e -> log.error("could not confirm feedback: {}", e.getMessage()));
        });
    }

    /**
     * An owner alert's button: the staff command it stands for ({@code account ID}, {@code draft ID}), run as
     * whoever clicked and answered to them alone; the assistant checks their roles as for a typed command.
     */
    private void alertStep(ButtonInteractionEvent event, ComponentIds id) {
        String text = AccountAlert.commandOf(id.action().equals(ComponentIds.ALERT_ACCOUNT)
                ? AccountAlert.OPEN_ACCOUNT : AccountAlert.DRAFT_OUTREACH, id.target());
        String channelId = audienceOf(event.getChannel());
        ChannelKind kind = channels.kindOf(channelId, !event.isFromGuild());
        Caller caller = callers.caller(event.getUser(), event.getMember());
        InteractionHook hook = event.getHook();
        afterAcknowledging(event.deferReply(true), "an alert button", work, () -> {
            Inbound inbound = new Inbound(caller, kind, channelId, text);
            Reply reply;
            try {
                reply = ReplyMessages.shownIn(kind, assistant.handle(inbound));
            } catch (RuntimeException e) {
                reply = assistant.failed(e, "an alert button (" + text + ")", inbound);
            }
            hook.editOriginal(MessageEditData.fromCreateData(ReplyMessages.render(reply)))
                    .queue(null, e -> log.error("could not answer an alert button: {}", e.getMessage()));
        });
    }

    /**
     * Acknowledges an interaction at once and only then does the work, on another thread. An interaction
     * that cannot be acknowledged (expired, or taken by another instance of the bot) is not acted on: its
     * asker has already been told by Discord that it failed.
     */
    static void afterAcknowledging(RestAction<?> acknowledgement, String what, Executor work, Runnable job) {
        acknowledgement.queue(acknowledged -> work.execute(job),
                e -> log.warn("could not acknowledge {} ({}); nothing was done", what, e.getMessage()));
    }

    /** The channel whose audience reads along: a thread's parent, or the channel itself. */
    static String audienceOf(MessageChannel channel) {
        return channel instanceof ThreadChannel thread ? thread.getParentChannel().getId() : channel.getId();
    }

    /** For staff-side failures (review cards): the reference to quote, never the exception's text. */
    static String failure(RuntimeException e, String what) {
        return "Sorry, that did not work (reference " + Apologies.logged(e, what) + "). Nothing was changed; "
                + "please try again in a moment.";
    }
}
