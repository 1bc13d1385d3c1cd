package io.tenure.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demo help center is read from inside tenure.jar, a zip file system, as the first README command does. */
class HelpCenterInsideAJarTest {
    @Test
    void articlesInsideAJarAreListedAndRead(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("tenure.jar");
        String text = "# Cancel\n\nCancel from Settings.\n";
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("create", "true"))) {
            Path kb = Files.createDirectories(zip.getPath("demo", "kb"));
            Files.writeString(kb.resolve("cancel-subscription.en.md"), text);
        }
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            HelpCenterSource source = new HelpCenterSource(HelpCenterSource.DEMO, zip.getPath("demo", "kb"));

            assertThat(source.files()).containsExactly("cancel-subscription.en.md");
            assertThat(new String(source.read("cancel-subscription.en.md"), StandardCharsets.UTF_8)).isEqualTo(text);
        }
    }
}
