package io.tenure.llm;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Command;
import io.tenure.assistant.Reply;
import io.tenure.assistant.Role;
import io.tenure.health.AccountDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** {@code summary ACCOUNT} in chat: the account's summary, for agents and managers. */
public final class AccountSummaryCommand implements Command {
    private final AccountDirectory accounts;
    private final AccountSummarizer summarizer;
    private final Clock clock;

    public AccountSummaryCommand(AccountDirectory accounts, AccountSummarizer summarizer, Clock clock) {
        this.accounts = accounts;
        this.summarizer = summarizer;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String usage() {
        return "ACCOUNT";
    }

    @Override
    public String summary() {
        return "why an account is at risk and what to do next";
    }

    @Override
    public Set<Role> allowedRoles() {
        return EnumSet.of(Role.AGENT, Role.MANAGER);
    }

    /** One account id and nothing else, so "summary of my invoices?" stays a question. */
    @Override
    public boolean accepts(String arguments) {
        return arguments.matches("[A-Za-z0-9][A-Za-z0-9_.-]*");
    }

    @Override
    public Reply run(Caller caller, String arguments) {
        String id = arguments.strip();
        return accounts.find(id, LocalDate.now(clock))
                .map(account -> Reply.text(Reply.Kind.ACCOUNT_DATA, summarizer.summarize(account).text()))
                .orElseGet(() -> Reply.failed("There is no account " + id + "."));
    }
}
