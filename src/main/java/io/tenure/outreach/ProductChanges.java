package io.tenure.outreach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed in the product ({@code config/product-changes.yaml}), so win-back and support messages say
 * what changed or was fixed from a list the team keeps, never from the model's imagination.
 */
public final class ProductChanges {
    /** One change, with its text per language. */
    public record Change(LocalDate date, String kind, Map<String, String> text) {
        public String in(String language) {
            return text.getOrDefault(language, text.get("en"));
        }
    }

    private final List<Change> changes;
    private final int fixesWindowDays;

    ProductChanges(List<Change> changes, int fixesWindowDays) {
        this.changes = List.copyOf(changes);
        this.fixesWindowDays = fixesWindowDays;
    }

    public static ProductChanges load(String path) {
        JsonNode root;
        try (InputStream in = ConfigFiles.open(path)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new ConfigException(path + ": not valid YAML: " + e.getMessage(), e);
        }
        List<Change> changes = new ArrayList<>();
        int index = 0;
        for (JsonNode row : root.path("changes")) {
            String where = path + ": changes[" + index++ + "]";
            LocalDate date;
            try {
                date = LocalDate.parse(row.path("date").asText(""));
            } catch (DateTimeParseException e) {
                throw new ConfigException(where + ".date must be a date (YYYY-MM-DD)");
            }
            String kind = row.path("kind").asText("");
            if (!kind.equals("fix") && !kind.equals("feature")) {
                throw new ConfigException(where + ".kind must be fix or feature");
            }
            Map<String, String> text = new HashMap<>();
            row.path("text").fields().forEachRemaining(field -> text.put(field.getKey(), field.getValue().asText()));
            if (text.getOrDefault("en", "").isBlank()) {
                throw new ConfigException(where + ".text.en is missing");
            }
            changes.add(new Change(date, kind, text));
        }
        int window = root.path("fixes_window_days").asInt(30);
        if (window <= 0) {
            throw new ConfigException(path + ": fixes_window_days must be positive");
        }
        return new ProductChanges(changes, window);
    }

    /** Everything that changed after {@code since} and by {@code asOf}, oldest first. */
    public List<Change> since(LocalDate since, LocalDate asOf) {
        return changes.stream().filter(c -> c.date().isAfter(since) && !c.date().isAfter(asOf)).toList();
    }

    /** Fixes of the last weeks before {@code asOf}. */
    public List<Change> recentFixes(LocalDate asOf) {
        LocalDate from = asOf.minusDays(fixesWindowDays);
        return changes.stream().filter(c -> c.kind().equals("fix") && c.date().isAfter(from)
                && !c.date().isAfter(asOf)).toList();
    }
}
