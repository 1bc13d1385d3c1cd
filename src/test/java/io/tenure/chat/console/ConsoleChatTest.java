package io.tenure.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.TenureCli;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console chat through the real command line, its input piped. */
class ConsoleChatTest {
    @TempDir
    Path dir;

    @Test
    void pipedQuestionsAreEchoedBeforeTheirAnswersAndRepliesArePlainText() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("How do I cancel my subscription?\nrisk\n".getBytes(StandardCharsets.UTF_8)));
        try {
            TenureCli cli = new TenureCli();

            int code = cli.run("--data", dir.toString(), "chat");

            assertThat(code).as(cli.err()).isZero();
            String out = cli.out();
            assertThat(out).startsWith("> How do I cancel my subscription?\n");
            assertThat(out).contains("\n> risk\n");
            assertThat(out.indexOf("> risk")).isGreaterThan(out.indexOf("cancel-subscription"));
            assertThat(out).doesNotContain("**").doesNotContain("`").doesNotContainPattern("\\*[A-Z]");
        } finally {
            System.setIn(stdin);
        }
    }
}
