package io.tenure.chat.console;

import io.tenure.assistant.Attachment;
import io.tenure.assistant.Reply;
import io.tenure.knowledge.Citation;

/** Renders a reply as plain text for a terminal. */
public final class ConsoleRenderer {
    private ConsoleRenderer() {
    }

    public static String render(Reply reply) {
        StringBuilder text = new StringBuilder(reply.text());
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
}
