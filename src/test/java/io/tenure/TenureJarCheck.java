package io.tenure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built jar, run as a user runs it ({@code java -jar target/tenure.jar}), from a folder with no
 * configuration so only what is inside the jar counts. Unit tests run from classes and cannot see what
 * the shading left out (twice a question crashed only in the jar). Run by {@code mvn verify}, after the
 * jar is built (surefire execution {@code jar-check}).
 */
class TenureJarCheck {
    @TempDir
    static Path folder;

    private static Path jar;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void theJarIsBuiltAndItsFirstRunInitialisesTheDataFolder() throws Exception {
        String property = System.getProperty("tenure.jar");
        assertThat(property).as("system property tenure.jar (set by the jar-check execution in pom.xml)").isNotBlank();
        jar = Path.of(property).toAbsolutePath();
        assertThat(jar).isRegularFile();
        Run first = tenure("", "ask", "How do I cancel my subscription?");
        assertThat(first.exitCode()).as(first.err()).isZero();
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run help = tenure("", "--help");

        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.out()).contains("Usage: tenure").contains("ask").contains("chat").contains("serve");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en | How do I cancel my subscription? | cancel-subscription.en",
            "ko | 구독을 어떻게 취소하나요? | cancel-subscription.ko",
            "ja | サブスクリプションを解約するには? | cancel-subscription.ja",
            "th | ยกเลิกการสมัครสมาชิกได้อย่างไร | cancel-subscription.th",
            "id | Bagaimana cara membatalkan langganan saya? | cancel-subscription.id"})
    void aQuestionInEachLanguageGetsACitedAnswerFromTheBundledHelpCenter(String language, String question,
                                                                          String article) throws Exception {
        Run ask = tenure("", "ask", question);

        assertThat(ask.exitCode()).as(ask.err()).isZero();
        assertThat(ask.out()).contains("[1]").contains(article);
        assertThat(ask.err()).doesNotContain("Exception");
    }

    @Test
    void aPipedChatEchoesTheQuestionAndAnswersIt() throws Exception {
        Run chat = tenure("how do i get a refund\n", "chat");

        assertThat(chat.exitCode()).as(chat.err()).isZero();
        assertThat(chat.out()).contains("> how do i get a refund").contains("[1]").contains("refunds.en");
        assertThat(chat.err()).doesNotContain("Exception");
    }

    @Test
    void theJarStartsTenureInASecondJvmThatMapsTheBuildsClassArchiveAndKeepsTheUsersJvmOptions() throws Exception {
        Run version = java(List.of("-Xlog:class+load=info", "-jar", jar.toString(), "--version"), "");

        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).contains("tenure 0.1.0")
                .containsPattern("io\\.tenure\\.Main source: shared objects file");
    }

    @Test
    void theClassArchiveBesideTheJarIsOneThisJvmCanUse() throws Exception {
        Path archive = jar.resolveSibling("tenure.jsa");
        assertThat(archive).isRegularFile();

        // -Xshare:on refuses to start when the archive does not match this jar and this JVM.
        Run version = java(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-cp", jar.toString(),
                "io.tenure.Main", "--version"), "");

        assertThat(version.exitCode()).as(version.out() + version.err()).isZero();
    }

    @Test
    void aMistakeReachesTheUserWithItsExitCodeThroughTheSecondJvm() throws Exception {
        Run wrong = tenure("", "risk", "--as-of", "someday");

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--as-of").doesNotContain("Exception");
    }

    /** {@code java -jar tenure.jar --data DATA ARGS}, in the scratch folder, with no Tenure or platform settings. */
    private static Run tenure(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("-jar", jar.toString(), "--data",
                folder.resolve("data").toString()));
        command.addAll(List.of(args));
        return java(command, input);
    }

    private static Run java(List<String> arguments, String input) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(arguments);
        String[] args = arguments.toArray(String[]::new);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("TENURE_") || name.startsWith("SLACK_")
                || name.startsWith("DISCORD_") || name.startsWith("OPENAI_") || name.startsWith("ANTHROPIC_")
                || name.startsWith("OLLAMA_") || name.startsWith("JAVA_TOOL_OPTIONS")
                || name.startsWith("JDK_JAVA_OPTIONS"));
        Path stderr = Files.createTempFile(folder, "stderr", ".log");
        builder.redirectError(stderr.toFile());
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("tenure " + String.join(" ", args) + " did not end within 3 minutes");
        }
        return new Run(process.exitValue(), out, Files.readString(stderr));
    }
}
