package io.tenure.chat.slack;

import java.util.regex.Pattern;

/** Between Slack's message text (mentions, escaped &amp;, &lt;, &gt;) and the assistant's plain text. */
final class SlackText {
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Pattern LINK = Pattern.compile("<((?:https?|mailto):[^|>]+)(?:\\|([^>]*))?>");
    private static final Pattern MARKDOWN_BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private SlackText() {
    }

    /** What the person typed: mentions removed, links as their text, entities decoded. */
    static String plain(String slackText) {
        if (slackText == null) {
            return "";
        }
        String text = MENTION.matcher(slackText).replaceAll("");
        text = LINK.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(2) != null ? m.group(2) : m.group(1)));
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    static boolean mentions(String slackText, String userId) {
        return slackText != null && userId != null && slackText.contains("<@" + userId);
    }

    /** Escapes the three characters Slack reserves in message text. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The assistant's simple Markdown (**bold**, lists, quotes) as Slack mrkdwn. */
    static String mrkdwn(String text) {
        return MARKDOWN_BOLD.matcher(escape(text)).replaceAll("*$1*");
    }
}
