package io.tenure.assistant;

import io.tenure.knowledge.search.Spelling;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Staff mistype commands ("risks", "acount ACC-00037", "aprove d-…"). Answered as help-center questions,
 * they got the customer hand-off and were listed as unanswered questions; a short message that looks
 * like a near miss of a command the caller may use gets "did you mean …" instead, and is not recorded.
 * Only for staff outside customer-facing channels: customers never see command names.
 */
final class CommandTypos {
    /** Longer messages, and questions, are meant as questions, whatever their first word. */
    private static final int MAX_WORDS = 4;
    private static final int SHORTEST_WORD = 3;

    private CommandTypos() {
    }

    static Optional<Reply> suggest(String word, String arguments, String text, List<Command> allowed) {
        if (word.length() < SHORTEST_WORD || text.contains("?") || text.split("\\s+").length > MAX_WORDS) {
            return Optional.empty();
        }
        int tolerance = word.length() >= 6 ? 2 : 1;
        List<Command> near = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (Command command : allowed.stream().sorted(Comparator.comparing(Command::name)).toList()) {
            int distance = Spelling.distance(word.toLowerCase(Locale.ROOT), command.name().toLowerCase(Locale.ROOT));
            if (distance > tolerance || distance > best) {
                continue;
            }
            if (distance < best) {
                near.clear();
                best = distance;
            }
            near.add(command);
        }
        if (near.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder reply = new StringBuilder("`" + word + "` is not a command. Did you mean ");
        for (int i = 0; i < near.size(); i++) {
            Command command = near.get(i);
            reply.append(i == 0 ? "" : " or ").append('`').append(command.name())
                    .append(arguments.isEmpty() ? "" : " " + arguments).append('`');
        }
        reply.append('?');
        for (Command command : near) {
            reply.append("\n• `").append(command.name()).append(command.usage().isEmpty() ? "" : " " + command.usage())
                    .append("`: ").append(command.summary());
        }
        reply.append("\nTo ask the help center instead, start with `ask`: `ask ").append(text).append('`');
        return Optional.of(Reply.text(Reply.Kind.HELP, reply.toString()));
    }
}
