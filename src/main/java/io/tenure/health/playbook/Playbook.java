package io.tenure.health.playbook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import io.tenure.health.Band;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The account-health playbook from {@code config/playbook.yaml}: bands, score factors with their
 * weights, and the rules that explain a score. Loaded once and checked, so a wrong threshold fails at
 * start with the rule's id.
 */
public record Playbook(Bands bands, Factors factors, List<PlaybookRule> rules) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Playbook {
        rules = List.copyOf(rules);
    }

    public static Playbook load(String path) {
        Playbook playbook;
        try {
            playbook = YAML.readValue(ConfigFiles.read(path), Playbook.class);
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            throw new ConfigException("playbook " + path + " is invalid: " + e.getMessage(), e);
        }
        playbook.check(path);
        return playbook;
    }

    public Band band(int score) {
        if (score >= bands.greenFrom()) {
            return Band.GREEN;
        }
        return score >= bands.yellowFrom() ? Band.YELLOW : Band.RED;
    }

    private void check(String path) {
        if (bands == null || factors == null || rules == null) {
            throw new ConfigException("playbook " + path + " needs bands, factors and rules");
        }
        if (bands.yellowFrom() > bands.greenFrom() || bands.yellowFrom() < 0 || bands.greenFrom() > 100) {
            throw new ConfigException("playbook " + path + ": bands need 0 <= yellow_from <= green_from <= 100");
        }
        factors.check(path);
        Set<String> ids = new HashSet<>();
        for (PlaybookRule rule : rules) {
            if (rule.id() == null || rule.id().isBlank()) {
                throw new ConfigException("playbook " + path + ": a rule has no id");
            }
            if (!ids.add(rule.id())) {
                throw new ConfigException("playbook " + path + ": rule id '" + rule.id() + "' appears twice");
            }
            rule.check(path);
        }
    }

    public record Bands(int greenFrom, int yellowFrom) {
    }
}
