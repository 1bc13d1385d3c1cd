package io.tenure.outreach;

import io.tenure.config.ConfigException;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code outreach} section. SMTP credentials are never here: they come from
 * {@code TENURE_SMTP_USERNAME} and {@code TENURE_SMTP_PASSWORD}.
 *
 * @param outbox {@code file} (one .eml per message under the data directory) or {@code smtp}
 * @param claimTimeoutSeconds how old a claim on a draft being sent must be before a restart takes it over
 * @param digestSummaries how many top at-risk accounts the daily digest summarizes
 */
public record OutreachSettings(int expiryDays, String senderName, String fromAddress, String outbox, Smtp smtp,
                               int claimTimeoutSeconds, int digestSummaries, String templatesDir,
                               String productChanges) {

    /** The {@code outreach.smtp} section. */
    public record Smtp(String host, int port, String security, int timeoutSeconds) {
    }

    /** Fails naming the key that is wrong. */
    public OutreachSettings checked() {
        if (expiryDays <= 0) {
            throw new ConfigException("outreach.expiry_days must be positive, got " + expiryDays);
        }
        if (fromAddress == null || !fromAddress.contains("@")) {
            throw new ConfigException("outreach.from_address must be an email address, got '" + fromAddress + "'");
        }
        if (!Set.of("file", "smtp").contains(outboxKind())) {
            throw new ConfigException("outreach.outbox must be file or smtp, got '" + outbox + "'");
        }
        if (claimTimeoutSeconds <= 0) {
            throw new ConfigException("outreach.claim_timeout_seconds must be positive, got " + claimTimeoutSeconds);
        }
        if (digestSummaries < 0) {
            throw new ConfigException("outreach.digest_summaries must be 0 or more, got " + digestSummaries);
        }
        if (outboxKind().equals("smtp")) {
            if (smtp == null || smtp.host() == null || smtp.host().isBlank()) {
                throw new ConfigException("outreach.smtp.host must be set when outreach.outbox is smtp");
            }
            if (smtp.port() <= 0 || smtp.port() > 65535) {
                throw new ConfigException("outreach.smtp.port must be a port number, got " + smtp.port());
            }
            if (!Set.of("starttls", "tls", "none").contains(smtpSecurity())) {
                throw new ConfigException("outreach.smtp.security must be starttls, tls or none, got '"
                        + smtp.security() + "'");
            }
            if (smtp.timeoutSeconds() <= 0) {
                throw new ConfigException("outreach.smtp.timeout_seconds must be positive, got " + smtp.timeoutSeconds());
            }
        }
        return this;
    }

    public String outboxKind() {
        return outbox == null ? "file" : outbox.strip().toLowerCase(Locale.ROOT);
    }

    public String smtpSecurity() {
        return smtp == null || smtp.security() == null ? "starttls" : smtp.security().strip().toLowerCase(Locale.ROOT);
    }
}
