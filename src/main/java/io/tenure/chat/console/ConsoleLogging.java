package io.tenure.chat.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Map;
import org.slf4j.LoggerFactory;

/** In the console, stderr is the person's screen too: only warnings and errors, unless asked for more. */
public final class ConsoleLogging {
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
    }
}
