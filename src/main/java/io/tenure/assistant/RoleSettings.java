package io.tenure.assistant;

import java.util.List;

/** The {@code roles} section: user ids per role. */
public record RoleSettings(List<String> customer, List<String> agent, List<String> manager, List<String> approver) {
    public RoleSettings {
        customer = customer == null ? List.of() : List.copyOf(customer);
        agent = agent == null ? List.of() : List.copyOf(agent);
        manager = manager == null ? List.of() : List.copyOf(manager);
        approver = approver == null ? List.of() : List.copyOf(approver);
    }
}
