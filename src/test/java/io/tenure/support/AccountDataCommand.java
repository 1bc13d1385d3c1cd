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
    private final Set<String> existingIds;
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger lookups = new AtomicInteger();

    public AccountDataCommand(String name, String data) {
        this(name, data, null);
    }

    /**
     * @param existingIds when set, the command takes only these arguments, as {@code account ID} takes only
     *                    ids it finds: asking it whether it accepts is an account lookup (counted)
     */
    public AccountDataCommand(String name, String data, Set<String> existingIds) {
        this.name = name;
        this.data = data;
        this.existingIds = existingIds;
    }

    @Override
    public boolean accepts(String arguments) {
        if (existingIds == null) {
            return true;
        }
        lookups.incrementAndGet();
        return existingIds.contains(arguments.strip());
    }

    /** How often it was asked whether an account exists. */
    public int lookups() {
        return lookups.get();
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
