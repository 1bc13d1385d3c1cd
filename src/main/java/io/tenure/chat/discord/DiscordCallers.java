package io.tenure.chat.discord;

import io.tenure.assistant.Caller;
import io.tenure.assistant.RoleDirectory;
import java.util.List;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;

/** Who is asking: the Discord user, with roles from config mapped by user id and by server role ids. */
final class DiscordCallers {
    static final String PLATFORM = "discord";
    private final RoleDirectory roles;

    DiscordCallers(RoleDirectory roles) {
        this.roles = roles;
    }

    /** @param member the user as a server member, or null in a direct message (no server roles there) */
    Caller caller(User user, Member member) {
        List<String> roleIds = member == null ? List.of() : member.getRoles().stream().map(ISnowflake::getId).toList();
        return roles.caller(user.getId(), PLATFORM, roleIds);
    }
}
