package io.tenure.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tenure.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AskCommandTest {
    @Test
    void askWithJsonPrintsTheAnswerWithItsCitationsInTheFixedShape(@TempDir Path data) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine(new Main());
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("--data", data.toString(), "ask", "--json", "환불은", "어떻게", "요청하나요?");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.fieldNames()).toIterable().contains("answer", "language", "abstained", "citations");
        assertThat(json.path("language").asText()).isEqualTo("ko");
        assertThat(json.path("abstained").asBoolean()).isFalse();
        assertThat(json.path("citations")).isNotEmpty().allSatisfy(citation -> {
            assertThat(citation.fieldNames()).toIterable()
                    .contains("article", "language", "section", "passage", "score");
            assertThat(citation.path("article").asText()).isEqualTo("refunds");
            assertThat(citation.path("language").asText()).isEqualTo("ko");
        });
    }
}
