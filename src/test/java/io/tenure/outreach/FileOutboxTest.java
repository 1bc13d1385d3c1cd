package io.tenure.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileOutboxTest {
    @TempDir
    Path dir;

    private final OutgoingMessage message = new OutgoingMessage("d-abc2345", "<d-abc2345.1.tenure@example.com>",
            "Customer Success", "success@example.com", "ops@acme.test", "ご解約後に改善した点のお知らせ",
            "ACME ご担当者様\n\n改善しました。", "ja", Instant.parse("2026-11-21T09:00:00Z"));

    @Test
    void aSentMessageIsOneEmlFileThatMailProgramsCanRead() throws Exception {
        FileOutbox outbox = new FileOutbox(dir.resolve("outbox"));

        outbox.deliver(message);

        Path file = outbox.fileFor("d-abc2345");
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(read.getSubject()).isEqualTo("ご解約後に改善した点のお知らせ");
            assertThat(read.getMessageID()).isEqualTo("<d-abc2345.1.tenure@example.com>");
            assertThat(read.getHeader("Content-Language")[0]).isEqualTo("ja");
            assertThat(((String) read.getContent()).replace("\r\n", "\n")).isEqualTo(message.body());
        }
    }

    @Test
    void deliveringTheSameDraftAgainLeavesTheOneFileAsItWas() throws Exception {
        FileOutbox outbox = new FileOutbox(dir.resolve("outbox"));
        outbox.deliver(message);
        byte[] first = Files.readAllBytes(outbox.fileFor("d-abc2345"));

        outbox.deliver(message);

        try (Stream<Path> files = Files.list(dir.resolve("outbox"))) {
            assertThat(files.toList()).containsExactly(outbox.fileFor("d-abc2345"));
        }
        assertThat(Files.readAllBytes(outbox.fileFor("d-abc2345"))).isEqualTo(first);
    }
}
