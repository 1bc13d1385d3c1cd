package io.tenure.chat.console;

import io.tenure.assistant.Attachment;
import io.tenure.assistant.Reply;
import io.tenure.knowledge.Citation;
import java.util.regex.Pattern;

/** Renders a reply as plain text for a terminal. */
public final class ConsoleRenderer {
    private ConsoleRenderer() {
    }

    public static String render(Reply reply) {
        StringBuilder text = new StringBuilder(plain(reply.text()));
        int number = 1;
        for (Citation citation : reply.citations()) {
            text.append("\n\n[").append(number++).append("] ").append(citation.title());
            if (!citation.section().isEmpty()) {
                text.append(" › ").append(citation.section());
            }
            text.append(" (").append(citation.article()).append('.').append(citation.language());
            if (citation.link() != null) {
                text.append(", ").append(citation.link());
            }
            text.append(")");
            for (String line : citation.passage().split("\n")) {
                text.append("\n    > ").append(line);
            }
        }
        for (Attachment attachment : reply.attachments()) {
            text.append("\n\n(").append(attachment.title()).append(": ").append(attachment.file()).append(')');
        }
        return text.toString();
    }

    private static final Pattern STRONG = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(\\S(?:[^*\\n]*?\\S)?)\\*(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`\\n]+)`");

    /**
     * Replies are written for chat platforms (Slack's {@code *bold*}, Markdown's {@code **bold**} and
     * backticks); a terminal shows those marks literally, so the console prints the words alone.
     */
    static String plain(String text) {
        String plain = STRONG.matcher(text).replaceAll("$1");
        plain = EMPHASIS.matcher(plain).replaceAll("$1");
        return CODE.matcher(plain).replaceAll("$1");
    }
}
