package io.tenure.outreach;

import io.tenure.config.Secrets;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the configured outbox. */
public final class Outboxes {
    private static final Logger log = LoggerFactory.getLogger(Outboxes.class);

    private Outboxes() {
    }

    public static Outbox fromSettings(OutreachSettings settings, Path dataDir, Secrets secrets) {
        Outbox outbox = settings.outboxKind().equals("smtp")
                ? new SmtpOutbox(settings.smtp(), settings.smtpSecurity(), secrets)
                : new FileOutbox(dataDir.resolve("outbox"));
        log.debug("outreach outbox: {}", outbox.description());
        return outbox;
    }
}
