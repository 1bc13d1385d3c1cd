package io.tenure.assistant;

import java.util.EnumSet;
import java.util.Set;

/** Who is asking, on which platform, with which roles (already resolved from config). */
public record Caller(String userId, String platform, Set<Role> roles) {
    public Caller {
        roles = roles.isEmpty() ? Set.of(Role.CUSTOMER) : Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public static Caller customer(String userId, String platform) {
        return new Caller(userId, platform, EnumSet.of(Role.CUSTOMER));
    }
}
