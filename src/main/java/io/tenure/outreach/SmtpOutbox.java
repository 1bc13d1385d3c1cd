package io.tenure.outreach;

import io.tenure.config.Secrets;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Sends through an SMTP server: STARTTLS (required when configured, never silently skipped), implicit TLS,
 * or plain for a local relay; AUTH only when {@code TENURE_SMTP_USERNAME} and {@code TENURE_SMTP_PASSWORD}
 * are set. Every message keeps its draft's Message-ID (see README on exactly-once).
 *
 * <p>SMTP has one window no client can close: once the message and its final "." are written, the server
 * may accept it and the connection may drop before its "250 OK" arrives. A failure in that window is
 * {@link DeliveryFailure.Kind#UNCERTAIN}, never retried by itself. A 5xx reply or an address that cannot be
 * parsed is {@link DeliveryFailure.Kind#PERMANENT}; anything before the end of DATA without a 5xx is a
 * failure for now, retried later.
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
        deliver(message, () -> { });
    }

    @Override
    public void deliver(OutgoingMessage message, Runnable beforeHandOver) throws Exception {
        Session session = Session.getInstance(properties);
        MimeMessage mime;
        try {
            mime = EmailFormat.mime(session, message);
        } catch (AddressException e) {
            throw new DeliveryFailure(DeliveryFailure.Kind.PERMANENT, "illegal address " + message.to(), e);
        }
        TrackedTransport transport = new TrackedTransport(session, new URLName(protocol, host, port, null, null, null),
                protocol, protocol.equals("smtps"), beforeHandOver);
        try (transport) {
            transport.connect(host, port, username.orElse(null), password.orElse(null));
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            throw classify(e, transport.dataWritten);
        }
    }

    private static Exception classify(MessagingException e, boolean dataWritten) {
        int code = e instanceof SMTPSendFailedException sent ? sent.getReturnCode()
                : e instanceof SMTPAddressFailedException address ? address.getReturnCode() : -1;
        if (code >= 500) {
            return new DeliveryFailure(DeliveryFailure.Kind.PERMANENT, "the server refused it (" + code + ")", e);
        }
        if (code >= 400) {
            return e;
        }
        if (dataWritten) {
            return new DeliveryFailure(DeliveryFailure.Kind.UNCERTAIN, "the connection failed after the message "
                    + "was handed over, before the server confirmed it", e);
        }
        if (e instanceof SendFailedException && e.getNextException() == null) {
            return new DeliveryFailure(DeliveryFailure.Kind.PERMANENT, "the server refused the address", e);
        }
        return e;
    }

    /** The SMTP transport, remembering whether the message and its terminating "." were written. */
    private static final class TrackedTransport extends SMTPTransport {
        private final Runnable beforeHandOver;
        volatile boolean dataWritten;

        TrackedTransport(Session session, URLName url, String protocol, boolean ssl, Runnable beforeHandOver) {
            super(session, url, protocol, ssl);
            this.beforeHandOver = beforeHandOver;
        }

        @Override
        protected void finishData() throws IOException, MessagingException {
            // Without its final "." the server discards the message: until here a crash loses nothing and a new
            // attempt cannot duplicate it. Record that it may be out before it may be.
            try {
                beforeHandOver.run();
            } catch (RuntimeException e) {
                throw new MessagingException("not handed over: " + e.getMessage(), e);
            }
            // From here the server may hold the whole message: what follows is only its answer.
            dataWritten = true;
            super.finishData();
        }
    }

    @Override
    public String description() {
        return "smtp " + host + ":" + port + " (" + security + ")";
    }
}
