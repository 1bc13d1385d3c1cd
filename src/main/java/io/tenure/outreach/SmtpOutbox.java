package io.tenure.outreach;

import io.tenure.config.Secrets;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends through an SMTP server: STARTTLS (required when configured, never silently skipped), implicit TLS,
 * or plain for a local relay; AUTH only when {@code TENURE_SMTP_USERNAME} and {@code TENURE_SMTP_PASSWORD}
 * are set. Every message keeps its draft's Message-ID (see README on exactly-once).
 */
public final class SmtpOutbox implements Outbox {
    private final String host;
    private final int port;
    private final String security;
    private final String protocol;
    private final Optional<String> username;
    private final Optional<String> password;
    private final Properties properties = new Properties();

    public SmtpOutbox(OutreachSettings.Smtp smtp, String security, Secrets secrets) {
        this.host = smtp.host().strip();
        this.port = smtp.port();
        this.security = security;
        this.protocol = security.equals("tls") ? "smtps" : "smtp";
        this.username = secrets.get(Secrets.SMTP_USERNAME);
        this.password = secrets.get(Secrets.SMTP_PASSWORD);
        String prefix = "mail." + protocol + ".";
        String timeout = String.valueOf(smtp.timeoutSeconds() * 1000L);
        properties.put(prefix + "host", host);
        properties.put(prefix + "port", String.valueOf(port));
        properties.put(prefix + "connectiontimeout", timeout);
        properties.put(prefix + "timeout", timeout);
        properties.put(prefix + "writetimeout", timeout);
        properties.put(prefix + "auth", String.valueOf(username.isPresent()));
        if (security.equals("starttls")) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        } else if (security.equals("tls")) {
            properties.put("mail.smtps.ssl.checkserveridentity", "true");
        }
    }

    @Override
    public void deliver(OutgoingMessage message) throws Exception {
        Session session = Session.getInstance(properties);
        MimeMessage mime = EmailFormat.mime(session, message);
        try (Transport transport = session.getTransport(protocol)) {
            transport.connect(host, port, username.orElse(null), password.orElse(null));
            transport.sendMessage(mime, mime.getAllRecipients());
        }
    }

    @Override
    public String description() {
        return "smtp " + host + ":" + port + " (" + security + ")";
    }
}
