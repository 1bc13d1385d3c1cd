package io.tenure.assistant;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps user ids (console names, Slack user ids, Discord user or role ids, all in one list per role)
 * to roles, from the {@code roles} section of the configuration.
 */
public final class RoleDirectory {
    private final Map<Role, Set<String>> members;

    public RoleDirectory(RoleSettings settings) {
        members = Map.of(
                Role.CUSTOMER, Set.copyOf(settings.customer()),
                Role.AGENT, Set.copyOf(settings.agent()),
                Role.MANAGER, Set.copyOf(settings.manager()),
                Role.APPROVER, Set.copyOf(settings.approver()));
    }

    /** The roles of a user, given every id that identifies them (user id, and platform role ids). */
    public Set<Role> rolesOf(List<String> ids) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            for (String id : ids) {
                if (members.get(role).contains(id)) {
                    roles.add(role);
                }
            }
        }
        if (roles.isEmpty()) {
            roles.add(Role.CUSTOMER);
        }
        return roles;
    }

    public Caller caller(String userId, String platform) {
        return new Caller(userId, platform, rolesOf(List.of(userId)));
    }

    public Caller caller(String userId, String platform, List<String> platformRoleIds) {
        List<String> ids = new java.util.ArrayList<>(platformRoleIds);
        ids.add(userId);
        return new Caller(userId, platform, rolesOf(ids));
    }
}
