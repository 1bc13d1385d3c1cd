package io.tenure.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The archive itself is built by {@code mvn package} and checked on the real jar by {@code TenureJarCheck}. */
class ClassArchiveTest {
    @Test
    void theClassesADumpLeftOutAreReadFromItsWarnings() {
        String warnings = """
                [1.6s][warning][cds] Pre JDK 6 class not supported by CDS: 49.0 picocli/CommandLine$ITypeConverter
                [1.7s][warning][cds] Skipping jdk/jfr/Event: JFR event class
                [1.7s][warning][cds] Preload Warning: Cannot find jdk/proxy1/$Proxy0
                [1.8s][info][cds] Number of classes 5861
                """;

        assertThat(ClassArchive.leftOut(warnings))
                .containsExactly("picocli/CommandLine$ITypeConverter", "jdk/jfr/Event", "jdk/proxy1/$Proxy0");
    }

    @Test
    void aLambdaIsLeftOutWhenItsInterfaceOrItsHostIs() {
        String converter = "@lambda-proxy io/tenure/ValueWords convert ()Lpicocli/CommandLine$ITypeConverter; "
                + "(Ljava/lang/String;)Ljava/lang/Object; REF_invokeStatic io/tenure/ValueWords date";

        assertThat(ClassArchive.names(converter, "picocli/CommandLine$ITypeConverter")).isTrue();
        assertThat(ClassArchive.names(converter, "io/tenure/ValueWords")).isTrue();
        assertThat(ClassArchive.names(converter, "picocli/CommandLine")).isFalse();
    }
}
