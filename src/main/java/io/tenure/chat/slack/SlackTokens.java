package io.tenure.chat.slack;

import io.tenure.config.ConfigException;
import io.tenure.config.Secrets;
import java.util.Optional;

/**
 * Slack's secrets, from the environment under Bolt's usual names. The app token (xapp-) selects Socket
 * Mode; without it Slack calls Tenure over HTTP, which needs the signing secret.
 */
public record SlackTokens(String botToken, String signingSecret, String appToken) {
    /** Never the secrets themselves: a record would print them into any log line that shows it. */
    @Override
    public String toString() {
        return "SlackTokens[bot token set, " + (socketMode() ? "Socket Mode" : "HTTP mode") + "]";
    }

    public boolean socketMode() {
        return appToken != null;
    }

    /** The tokens, or empty when no bot token is set (Slack is then off). */
    public static Optional<SlackTokens> from(Secrets secrets) {
        Optional<String> bot = secrets.get(Secrets.SLACK_BOT_TOKEN);
        if (bot.isEmpty()) {
            return Optional.empty();
        }
        String signing = secrets.get(Secrets.SLACK_SIGNING_SECRET).orElse(null);
        String app = secrets.get(Secrets.SLACK_APP_TOKEN).orElse(null);
        if (app == null && signing == null) {
            throw new ConfigException("Slack: SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor "
                    + "SLACK_SIGNING_SECRET (HTTP mode) is; set one of them");
        }
        return Optional.of(new SlackTokens(bot.get(), signing, app));
    }
}
