package io.tenure.chat.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** In the console, stderr is the person's screen too: only warnings and errors, unless asked for more. */
public final class ConsoleLogging {
    private static final String UNKNOWN_TASKS = "com.github.kagkarlsson.scheduler.jdbc.JdbcTaskRepository";

    private ConsoleLogging() {
    }

    /** Sets Tenure's log level to WARN unless {@code TENURE_LOG_LEVEL} names one. */
    public static void quiet(Map<String, String> environment) {
        String asked = environment.get("TENURE_LOG_LEVEL");
        if (asked != null && !asked.isBlank()) {
            return;
        }
        if (LoggerFactory.getLogger("io.tenure") instanceof Logger logger) {
            logger.setLevel(Level.WARN);
        }
        // Work that `serve` does (review cards, the digest, alerts when a platform is configured) waits in the
        // job table while a console runs beside it; the scheduler's warning that it knows no such task is
        // right, and not for the person at the console.
        if (LoggerFactory.getLogger(UNKNOWN_TASKS) instanceof Logger scheduler) {
            scheduler.setLevel(Level.ERROR);
        }
    }
}
