package io.tenure.chat.discord;

import io.tenure.assistant.Assistant;
import io.tenure.assistant.RoleDirectory;
import io.tenure.outreach.DraftReview;
import io.tenure.storage.ClaimTable;
import io.tenure.storage.DatabaseLease;
import io.tenure.storage.ReplicaId;
import io.tenure.storage.chat.SqlCardClaims;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** A Discord bot wired as App wires it: message claims and the gateway lease in the given database. */
final class DiscordBots {
    private DiscordBots() {
    }

    static DiscordBot bot(DiscordSettings settings, String token, Assistant assistant, RoleDirectory roles,
                          Optional<DraftReview> review, Jdbi jdbi, Clock clock) {
        return new DiscordBot(settings, token, assistant, roles, review, new SqlCardClaims(jdbi, clock),
                new ClaimTable(jdbi, ClaimTable.Table.DISCORD_MESSAGE, clock),
                new DatabaseLease(jdbi, DiscordBot.leaseName(token), clock, ReplicaId.instance(),
                        Duration.ofSeconds(settings.gatewayLeaseSeconds())));
    }
}
