package io.tenure.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How {@code java -jar tenure.jar} starts Tenure; the real jar is run by {@code TenureJarCheck}. */
class RelaunchTest {
    @TempDir
    Path build;

    private Path jar;
    private final Path java = Path.of("/opt/jdk/bin/java");

    @BeforeEach
    void aBuiltJar() throws IOException {
        jar = Files.writeString(build.resolve("tenure.jar"), "jar");
    }

    @Test
    void aOneShotQuestionRunsInASecondJvmWithTheClassArchiveAndTheQuickCompiler() throws IOException {
        Files.writeString(Relaunch.archiveOf(jar), "archive");

        List<String> line = plan(List.of("-jar", "tenure.jar", "ask", "How do I cancel?"), "ask", "How do I cancel?")
                .orElseThrow();

        assertThat(line).startsWith(java.toString(), "-XX:SharedArchiveFile=" + build.resolve("tenure.jsa"),
                "-XX:TieredStopAtLevel=1");
        assertThat(line).endsWith("-cp", jar.toString(), "io.tenure.Main", "ask", "How do I cancel?");
        assertThat(line).contains("-Dtenure.launched=true");
    }

    @Test
    void theUsersOwnJvmOptionsComeAfterOursSoTheirsWin() {
        List<String> line = plan(List.of("-Xmx2g", "-XX:TieredStopAtLevel=4", "-jar", "tenure.jar", "chat"), "chat")
                .orElseThrow();

        assertThat(line.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(line.indexOf("-XX:TieredStopAtLevel=1"));
        assertThat(line).contains("-Xmx2g").doesNotContain("-jar");
    }

    @Test
    void withoutAnArchiveTheSecondJvmStartsWithoutOne() {
        List<String> line = plan(List.of("-jar", "tenure.jar", "ask", "hi"), "ask", "hi").orElseThrow();

        assertThat(line).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "eval", "bench"})
    void aServerOrAMeasurementRunsInTheFirstJvm(String command) {
        assertThat(plan(List.of("-jar", "tenure.jar", command), command)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"accounts", "kb", "report", "demo-data"})
    void heavierWorkKeepsTheOptimizingCompiler(String command) {
        List<String> line = plan(List.of("-jar", "tenure.jar", command, "import"), command, "import").orElseThrow();

        assertThat(line).doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void theCommandIsFoundAfterTheGlobalOptions() {
        String[] args = {"--data", "serve", "--config", "x.yaml", "serve"};

        assertThat(Relaunch.command(args)).isEqualTo("serve");
        assertThat(Relaunch.command(new String[] {"--data=d", "ask", "q"})).isEqualTo("ask");
        assertThat(Relaunch.command(new String[] {"--help"})).isEmpty();
    }

    @Test
    void theConsoleChatWithNoCommandIsAOneShotForTheCompiler() {
        assertThat(plan(List.of("-jar", "tenure.jar"))).hasValueSatisfying(
                line -> assertThat(line).contains("-XX:TieredStopAtLevel=1"));
    }

    @Test
    void theSecondJvmNeverStartsAThird() {
        assertThat(Relaunch.plan(new String[] {"ask", "hi"}, java, List.of("-jar", "tenure.jar", "ask", "hi"), jar,
                Map.of(), true)).isEmpty();
    }

    @Test
    void tenureLaunchDirectRunsEverythingInOneJvm() {
        assertThat(Relaunch.plan(new String[] {"ask", "hi"}, java, List.of("-jar", "tenure.jar", "ask", "hi"), jar,
                Map.of("TENURE_LAUNCH", "direct"), false)).isEmpty();
    }

    @Test
    void aJvmNotStartedWithJarRunsHere() {
        assertThat(plan(List.of("-cp", "tenure.jar", "io.tenure.launch.Launcher", "ask", "hi"), "ask", "hi")).isEmpty();
    }

    private Optional<List<String>> plan(List<String> jvmCommand, String... args) {
        return Relaunch.plan(args, java, jvmCommand, jar, Map.of(), false);
    }
}
