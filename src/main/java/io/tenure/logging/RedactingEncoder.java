package io.tenure.logging;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.Charset;

/**
 * Logback's pattern encoder with every finished line (message, arguments and stack traces alike) passed
 * through {@link SecretRedaction}. Registered in {@code logback.xml}, so no code path can log a secret by
 * forgetting to mask it.
 */
public final class RedactingEncoder extends PatternLayoutEncoder {
    @Override
    public byte[] encode(ILoggingEvent event) {
        String line = SecretRedaction.redact(getLayout().doLayout(event));
        Charset charset = getCharset() == null ? Charset.defaultCharset() : getCharset();
        return line.getBytes(charset);
    }
}
