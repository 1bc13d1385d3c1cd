package io.tenure.outreach;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;

/** Turns an outgoing message into a MIME message: UTF-8 plain text with the draft's own Message-ID. */
final class EmailFormat {
    private EmailFormat() {
    }

    static MimeMessage mime(Session session, OutgoingMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // The Message-ID is the draft's, not a fresh one per attempt, so a resend is recognisably the same mail.
                setHeader("Message-ID", message.messageId());
            }
        };
        try {
            mime.setFrom(new InternetAddress(message.fromAddress(), message.fromName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("cannot encode the sender name", e);
        }
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.to(), true));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setText(message.body(), "UTF-8", "plain");
        mime.setSentDate(Date.from(message.date()));
        mime.setHeader("Content-Language", message.language());
        mime.setHeader("X-Tenure-Draft", message.draftId());
        mime.saveChanges();
        return mime;
    }
}
