package io.tenure.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Inbound;
import io.tenure.assistant.RoleDirectory;
import io.tenure.chat.AnsweredThreads;
import io.tenure.home.HomePage;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home: when someone opens it, their home is built (by {@link HomePage}) and published with
 * {@code views.publish}. Its Account and Draft buttons send {@code account ID} / {@code draft ID} to the
 * assistant as that person in their direct message with the app, so the same role rules apply.
 */
final class SlackHome {
    private static final Logger log = LoggerFactory.getLogger(SlackHome.class);
    private static final String PLATFORM = "slack";

    private final HomePage home;
    private final RoleDirectory roles;
    private final SlackWebApi web;
    private final SlackConversations conversations;
    private final AnsweredThreads threads;
    private final ExecutorService work;

    SlackHome(HomePage home, RoleDirectory roles, SlackWebApi web, SlackConversations conversations,
              AnsweredThreads threads, ExecutorService work) {
        this.home = home;
        this.roles = roles;
        this.web = web;
        this.conversations = conversations;
        this.threads = threads;
        this.work = work;
    }

    void register(App bolt) {
        bolt.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            // The event comes for the Messages tab too; only the Home tab shows a view. A repeated
            // delivery publishes the same view again, which is harmless.
            if ("home".equals(event.getTab()) && event.getUser() != null) {
                work.execute(() -> publish(event.getUser()));
            }
            return ctx.ack();
        });
        bolt.blockAction(HomeBlocks.ACCOUNT, (request, ctx) -> {
            command(request.getPayload(), "account ");
            return ctx.ack();
        });
        bolt.blockAction(HomeBlocks.DRAFT, (request, ctx) -> {
            command(request.getPayload(), "draft ");
            return ctx.ack();
        });
    }

    /** Builds and publishes one person's home; a failure is logged (the tab keeps what it showed). */
    void publish(String userId) {
        try {
            web.publishView(userId, HomeBlocks.of(home.of(roles.caller(userId, PLATFORM))));
        } catch (RuntimeException e) {
            log.error("could not publish the App Home of {}", userId, e);
        }
    }

    private void command(BlockActionPayload payload, String verb) {
        String user = payload.getUser().getId();
        String accountId = payload.getActions().get(0).getValue();
        Caller caller = roles.caller(user, PLATFORM);
        // Posting to a user id lands in the person's direct message with the app.
        Inbound inbound = new Inbound(caller, ChannelKind.DIRECT, user, verb + accountId);
        work.execute(() -> conversations.converse(inbound, new ThreadTarget(web, threads, user, null, user, false), null));
    }
}
