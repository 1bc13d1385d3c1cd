package io.tenure.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.App;
import io.tenure.config.ConfigLoader;
import io.tenure.support.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /health} over real HTTP is a readiness probe: 200 only when the replica can do its work. */
class HealthEndpointTest {
    @TempDir
    Path temp;
    private App app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private App app() {
        app = new App(ConfigLoader.load(null, temp.resolve("data"),
                Map.of("TENURE_HTTP_HOST", "127.0.0.1", "TENURE_HTTP_PORT", "0")),
                new TestClock(Instant.parse("2026-12-01T09:00:00Z")));
        return app;
    }

    private HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.httpServer().port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReplicaWithItsDatabaseMigratedAndItsIndexOpenIsReady() throws Exception {
        app().knowledgeBase();
        app.httpServer().start();

        HttpResponse<String> response = health();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ready\"", "\"database\":\"ok\"", "\"migrations\":\"ok\"",
                "\"index\":\"ok\"");
    }

    @Test
    void aReplicaWhoseIndexIsNotOpenAnswers503SayingSo() throws Exception {
        app().database();
        app.httpServer().start();

        HttpResponse<String> response = health();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"not ready\"", "\"index\":\"not open\"",
                "\"database\":\"ok\"");
    }

    @Test
    void aDatabaseMissingAMigrationThisBuildHasAnswers503NamingIt() throws Exception {
        app().knowledgeBase();
        app.httpServer().start();
        String newest = app.database().jdbi().withHandle(h -> h.select(
                "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")
                .mapTo(String.class).one());
        app.database().jdbi().useHandle(h -> h.execute("DELETE FROM flyway_schema_history WHERE version = ?", newest));

        HttpResponse<String> response = health();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"migrations\":\"1 not applied: " + newest + "\"");
    }

    @Test
    void aDatabaseThatCannotBeOpenedAnswers503WithTheReason() throws Exception {
        // Where the database file should be is a folder: no connection can open it.
        Files.createDirectories(temp.resolve("data").resolve("tenure.db"));
        app().httpServer().start();

        HttpResponse<String> response = health();

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"not ready\"").doesNotContain("\"database\":\"ok\"");
    }
}
