package io.tenure.chat.console;

import io.tenure.assistant.Assistant;
import io.tenure.assistant.Caller;
import io.tenure.assistant.ChannelKind;
import io.tenure.assistant.Conversation;
import io.tenure.assistant.Inbound;
import io.tenure.assistant.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Reads messages line by line and prints the assistant's replies: interactive on a terminal, or piped.
 * Consecutive lines are one conversation (a follow-up is read with the question before it); a blank line
 * starts a new one, and so does each run.
 */
public final class ConsoleChat {
    private final Supplier<Assistant> assistant;
    private final Caller caller;
    private final PrintWriter out;
    private final boolean interactive;
    /** This run's conversations: a new run never continues an earlier one, even on a shared database. */
    private final String session = "console:" + java.util.UUID.randomUUID();
    private int conversation = 1;

    public ConsoleChat(Assistant assistant, Caller caller, PrintWriter out, boolean interactive) {
        this(() -> assistant, caller, out, interactive);
    }

    /** @param assistant asked for at the first message: the prompt is shown while it is being built */
    public ConsoleChat(Supplier<Assistant> assistant, Caller caller, PrintWriter out, boolean interactive) {
        this.assistant = assistant;
        this.caller = caller;
        this.out = out;
        this.interactive = interactive;
    }

    public void run(BufferedReader in) throws IOException {
        if (interactive) {
            out.println("Tenure. Ask a question, or type help. A blank line starts a new conversation. End with Ctrl-D.");
        }
        while (true) {
            if (interactive) {
                out.print("> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                break;
            }
            if (line.isBlank()) {
                conversation++;
                continue;
            }
            if (!interactive) {
                // Piped input is not shown by a terminal: echo each question so the transcript reads.
                out.println("> " + line.strip());
            }
            // The console is a private conversation with the local operator: roles alone decide.
            Reply reply = assistant.get().handle(new Inbound(caller, ChannelKind.DIRECT, "console", line,
                    Conversation.of(session + ":" + conversation)));
            out.println(ConsoleRenderer.render(reply));
            out.println();
            out.flush();
        }
    }
}
