package io.tenure.chat.discord;

import java.util.List;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * Tenure's slash commands, and their translation into the assistant's text form ("risk", "account ID",
 * "ask QUESTION"), so the assistant alone decides who may run what, where.
 */
final class SlashCommands {
    private SlashCommands() {
    }

    static List<SlashCommandData> definitions() {
        return List.of(
                Commands.slash("ask", "Ask a question about billing, plans or cancelling, in your language")
                        .addOption(OptionType.STRING, "question", "Your question", true),
                Commands.slash("risk", "Accounts at risk and why (staff)"),
                Commands.slash("account", "One account's health and the reasons behind it (staff)")
                        .addOption(OptionType.STRING, "id", "The account id", true),
                Commands.slash("summary", "A summary of one account for a manager (staff)")
                        .addOption(OptionType.STRING, "account", "The account id", true),
                Commands.slash("digest", "Today's risk digest (staff)"),
                Commands.slash("draft", "Draft outreach to an account, for an approver to review (staff)")
                        .addOption(OptionType.STRING, "account", "The account id", true),
                Commands.slash("mine", "What needs you: your accounts at risk, drafts, cancellation questions"),
                Commands.slash("help", "What Tenure can do for you here"));
    }

    /**
     * The message the assistant gets for a slash command.
     *
     * @param option the value of a named option, or null when it was not given
     */
    static String toText(String command, Function<String, String> option) {
        return switch (command) {
            case "ask" -> join("ask", option.apply("question"));
            case "account" -> join("account", option.apply("id"));
            case "summary", "draft" -> join(command, option.apply("account"));
            default -> command;
        };
    }

    private static String join(String word, String argument) {
        return argument == null || argument.isBlank() ? word : word + " " + argument.strip();
    }
}
