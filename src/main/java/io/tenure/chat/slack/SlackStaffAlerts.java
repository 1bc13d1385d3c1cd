package io.tenure.chat.slack;

import io.tenure.assistant.AccountAlert;
import io.tenure.assistant.Reply;
import io.tenure.assistant.StaffAlerts;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff alerts in Slack: to the alerts channel (when one is configured), and owner alerts also as direct
 * messages (conversations.open, then chat.postMessage), with the next steps as buttons.
 */
final class SlackStaffAlerts implements StaffAlerts {
    private static final Logger log = LoggerFactory.getLogger(SlackStaffAlerts.class);
    private final SlackWebApi web;
    private final String channel;

    /** @param channel the alerts channel, or empty when none is configured (then only direct messages go out) */
    SlackStaffAlerts(SlackWebApi web, String channel) {
        this.web = web;
        this.channel = channel;
    }

    @Override
    public void alert(Reply alert) {
        if (noChannel()) {
            return;
        }
        web.post(channel, null, ReplyBlocks.fallback(alert), ReplyBlocks.of(alert));
    }

    @Override
    public void alert(AccountAlert alert) {
        if (noChannel()) {
            return;
        }
        web.post(channel, null, ReplyBlocks.fallback(alert.reply()), ReplyBlocks.of(alert));
    }

    @Override
    public Optional<DirectMessages> directMessages() {
        return Optional.of(this::direct);
    }

    private void direct(String userId, AccountAlert alert) {
        String dm = web.openDirectMessage(userId);
        web.post(dm, null, ReplyBlocks.fallback(alert.reply()), ReplyBlocks.of(alert));
    }

    private boolean noChannel() {
        if (channel.isEmpty()) {
            log.warn("a staff alert was not posted to Slack: set slack.alerts_channel (or slack.review_channel)");
            return true;
        }
        return false;
    }
}
