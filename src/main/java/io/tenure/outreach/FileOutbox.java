package io.tenure.outreach;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default outbox: one {@code <draft id>.eml} per sent message. The file appears whole (written
 * aside, flushed to disk, then renamed) and its name is the draft's, so a message already there is never
 * written twice: delivery is idempotent, and a crash between delivery and recording it cannot duplicate it.
 */
public final class FileOutbox implements Outbox {
    private static final Logger log = LoggerFactory.getLogger(FileOutbox.class);
    private final Path dir;
    private final Session session = Session.getInstance(new Properties());

    public FileOutbox(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path fileFor(String draftId) {
        return dir.resolve(draftId + ".eml");
    }

    @Override
    public void deliver(OutgoingMessage message) throws Exception {
        Files.createDirectories(dir);
        Path target = fileFor(message.draftId());
        if (Files.exists(target)) {
            log.info("draft {} is already in the outbox ({}); not writing it again", message.draftId(), target);
            return;
        }
        MimeMessage mime = EmailFormat.mime(session, message);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        mime.writeTo(bytes);
        Path partial = dir.resolve("." + message.draftId() + ".eml.partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public String description() {
        return "file outbox " + dir;
    }
}
