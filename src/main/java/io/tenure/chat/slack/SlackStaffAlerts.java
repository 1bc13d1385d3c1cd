package io.tenure.chat.slack;

import io.tenure.assistant.Reply;
import io.tenure.assistant.StaffAlerts;

/** Posts staff alerts to the configured internal channel; a draft's review card follows on its own. */
final class SlackStaffAlerts implements StaffAlerts {
    private final SlackWebApi web;
    private final String channel;

    SlackStaffAlerts(SlackWebApi web, String channel) {
        this.web = web;
        this.channel = channel;
    }

    @Override
    public void alert(Reply alert) {
        web.post(channel, null, ReplyBlocks.fallback(alert), ReplyBlocks.of(alert));
    }
}
