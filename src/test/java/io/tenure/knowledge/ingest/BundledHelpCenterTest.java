package io.tenure.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled demo help center is listed by demo/kb.files, not by walking the jar: the list must name
 * exactly the articles of the folder it ships, and each reads as the file on disk.
 */
class BundledHelpCenterTest {
    private static final Path FOLDER = Path.of("src/main/resources/demo/kb");

    @Test
    void theListNamesExactlyTheArticlesOfTheDemoFolder() {
        assertThat(HelpCenterSource.demo().files()).isNotEmpty()
                .isEqualTo(HelpCenterSource.folder(FOLDER).files());
    }

    @Test
    void eachBundledArticleReadsAsTheFileOnDisk() throws IOException {
        HelpCenterSource demo = HelpCenterSource.demo();
        HelpCenterSource folder = HelpCenterSource.folder(FOLDER);
        for (String path : demo.files()) {
            assertThat(demo.read(path)).as(path).isEqualTo(folder.read(path));
            assertThat(demo.size(path)).as(path).isEqualTo(folder.size(path));
        }
    }

    @Test
    void aPathThatClimbsOutOfTheBundleIsRefused() {
        assertThatThrownBy(() -> HelpCenterSource.demo().read("../logback.xml")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> HelpCenterSource.demo().read("missing.en.md")).isInstanceOf(IOException.class);
    }
}
