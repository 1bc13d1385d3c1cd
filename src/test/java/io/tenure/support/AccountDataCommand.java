package io.tenure.support;

import io.tenure.assistant.Caller;
import io.tenure.assistant.Command;
import io.tenure.assistant.Reply;
import io.tenure.assistant.Role;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A staff command that shows account data (a fixed text), counting how often it ran. */
public final class AccountDataCommand implements Command {
    private final String name;
    private final String data;
    private final AtomicInteger runs = new AtomicInteger();

    public AccountDataCommand(String name, String data) {
        this.name = name;
        this.data = data;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return "";
    }

    @Override
    public String summary() {
        return "shows " + name;
    }

    @Override
    public Set<Role> allowedRoles() {
        return Set.of(Role.AGENT, Role.MANAGER, Role.APPROVER);
    }

    @Override
    public Reply run(Caller caller, String arguments) {
        runs.incrementAndGet();
        return Reply.text(Reply.Kind.ACCOUNT_DATA, data);
    }

    public int runs() {
        return runs.get();
    }
}
