package io.tenure.outreach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.config.ConfigException;
import io.tenure.config.ConfigFiles;
import io.tenure.health.AccountHealth;
import io.tenure.health.AccountStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table ({@code topics.yaml}) that tailors a draft to why the account is at risk: which topic, and so
 * which kind of message and which template, follows from the rules that fired.
 */
public final class DraftTopics {
    /** One row of the table. */
    public record Topic(String name, DraftKind kind, List<String> rules, String guidance) {
        public Topic {
            rules = List.copyOf(rules);
        }
    }

    private final List<Topic> topics;
    private final Topic fallback;

    DraftTopics(List<Topic> topics, String defaultTopic) {
        this.topics = List.copyOf(topics);
        this.fallback = topics.stream().filter(topic -> topic.name().equals(defaultTopic)).findFirst()
                .orElseThrow(() -> new ConfigException("topics.yaml: default topic '" + defaultTopic + "' is not in the table"));
        for (DraftKind kind : DraftKind.values()) {
            if (topics.stream().noneMatch(topic -> topic.kind() == kind)) {
                throw new ConfigException("topics.yaml: no topic of kind " + kind.key());
            }
        }
    }

    public static DraftTopics load(String path) {
        JsonNode root;
        try (InputStream in = ConfigFiles.open(path)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new ConfigException(path + ": not valid YAML: " + e.getMessage(), e);
        }
        List<Topic> topics = new ArrayList<>();
        int index = 0;
        for (JsonNode row : root.path("topics")) {
            String where = path + ": topics[" + index++ + "]";
            String name = row.path("topic").asText("");
            if (name.isBlank()) {
                throw new ConfigException(where + ".topic is missing");
            }
            DraftKind kind = DraftKind.parse(row.path("kind").asText(""))
                    .orElseThrow(() -> new ConfigException(where + ".kind must be one of " + DraftKind.keys()));
            List<String> rules = new ArrayList<>();
            row.path("rules").forEach(rule -> rules.add(rule.asText()));
            String guidance = row.path("guidance").asText("");
            if (guidance.isBlank()) {
                throw new ConfigException(where + ".guidance is missing");
            }
            topics.add(new Topic(name, kind, rules, guidance.strip()));
        }
        if (topics.isEmpty()) {
            throw new ConfigException(path + ": no topics");
        }
        return new DraftTopics(topics, root.path("default").asText(""));
    }

    public List<Topic> all() {
        return topics;
    }

    /**
     * @param requested the kind asked for, or null to choose from the account's reasons
     */
    public Topic choose(AccountHealth account, DraftKind requested) {
        if (requested == null) {
            if (account.account().status() == AccountStatus.CANCELLED) {
                return firstOfKind(DraftKind.WIN_BACK);
            }
            return topics.stream().filter(topic -> firedAny(account, topic)).findFirst().orElse(fallback);
        }
        return topics.stream().filter(topic -> topic.kind() == requested && firedAny(account, topic)).findFirst()
                .orElseGet(() -> firstOfKind(requested));
    }

    /**
     * The rule that chose a draft's topic: the first rule of the first row with that kind and topic name
     * that had fired, as {@link #choose} would have picked it; empty when none had (a kind asked for by
     * hand, or the default topic).
     */
    public Optional<String> cause(String kind, String topicName, java.util.Collection<String> fired) {
        return topics.stream().filter(t -> t.kind().key().equals(kind) && t.name().equals(topicName))
                .flatMap(t -> t.rules().stream()).filter(fired::contains).findFirst();
    }

    private Topic firstOfKind(DraftKind kind) {
        Optional<Topic> topic = topics.stream().filter(t -> t.kind() == kind).findFirst();
        return topic.orElse(fallback);
    }

    private static boolean firedAny(AccountHealth account, Topic topic) {
        return topic.rules().stream().anyMatch(rule -> account.health().fired(rule));
    }
}
