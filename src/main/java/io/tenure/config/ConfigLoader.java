package io.tenure.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tenure.logging.SecretRedaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads configuration once: the defaults bundled in the jar ({@code config/tenure.yaml}), then the
 * user's file, then environment variables {@code TENURE_<KEY>} (upper case, dots to underscores).
 * Only keys the defaults know are accepted, so a typo fails at start with the key's name.
 */
public final class ConfigLoader {
    public static final String DEFAULT_FILE = "config/tenure.yaml";
    private static final Logger log = LoggerFactory.getLogger(ConfigLoader.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** Words that mark a key as a secret: those are refused in files, they belong in the environment. */
    private static final Pattern SECRET_KEY = Pattern.compile("(^|_)(token|secret|password|api_key)$");

    private ConfigLoader() {
    }

    /**
     * @param file the user's file, or null for {@code config/tenure.yaml} when it exists
     * @param dataDir where data lives, or null for the configured default
     */
    public static TenureConfig load(Path file, Path dataDir, Map<String, String> env) {
        ObjectNode tree = bundledDefaults();
        Set<String> known = flatten(tree).keySet();
        Path userFile = file != null ? file : (Files.isRegularFile(Path.of(DEFAULT_FILE)) ? Path.of(DEFAULT_FILE) : null);
        if (userFile != null) {
            if (!Files.isRegularFile(userFile)) {
                throw new ConfigException("configuration file not found: " + userFile);
            }
            JsonNode user = readYaml(userFile);
            if (user != null && !user.isNull()) {
                if (!user.isObject()) {
                    throw new ConfigException(userFile + ": expected a mapping of keys at the top level");
                }
                for (String key : flatten((ObjectNode) user).keySet()) {
                    if (SECRET_KEY.matcher(lastSegment(key)).find()) {
                        throw new ConfigException(userFile + ": key '" + key
                                + "' looks like a secret; secrets come only from environment variables");
                    }
                    if (!known.contains(key) && !isUnderOpenMap(tree, key)) {
                        throw new ConfigException(userFile + ": unknown configuration key '" + key + "'");
                    }
                }
                merge(tree, (ObjectNode) user);
            }
        }
        applyEnvironment(tree, env);
        refuseSecretValues(tree, userFile);
        Path data = dataDir != null ? dataDir : Path.of(tree.path("data").path("dir").asText("data"));
        return new TenureConfig(tree, data, new Secrets(env));
    }

    /**
     * A value shaped like a secret (an {@code sk-} key as a model name, {@code user:password@} or
     * {@code ?token=} in a URL) would be logged and shown as configuration: refused, like secret keys are.
     */
    private static void refuseSecretValues(ObjectNode tree, Path userFile) {
        for (Map.Entry<String, JsonNode> entry : flatten(tree).entrySet()) {
            List<String> values = new ArrayList<>();
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(item -> values.add(item.asText()));
            } else if (entry.getValue().isTextual()) {
                values.add(entry.getValue().asText());
            }
            for (String value : values) {
                if (SecretRedaction.looksSecret(value)) {
                    throw new ConfigException((userFile == null ? "configuration" : userFile.toString()) + ": '"
                            + entry.getKey() + "' (or " + envName(entry.getKey()) + ") holds what looks like a "
                            + "secret (" + SecretRedaction.redact(value) + "); secrets come only from their "
                            + "environment variables (see the README), never inside another setting");
                }
            }
        }
    }

    private static ObjectNode bundledDefaults() {
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(DEFAULT_FILE)) {
            if (in == null) {
                throw new ConfigException("bundled defaults " + DEFAULT_FILE + " are missing from the jar");
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new ConfigException("bundled defaults are unreadable: " + e.getMessage(), e);
        }
    }

    private static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    /**
     * Maps keyed by ids the user chooses that the defaults fill with a demo entry, so they are not empty:
     * any key below them is allowed too.
     */
    private static final Set<String> OPEN_MAPS = Set.of("customers.by_user", "customers.by_email_domain",
            "customers.by_channel");

    /** Maps (like {@code channels}) whose keys are ids chosen by the user: any key below them is allowed. */
    private static boolean isUnderOpenMap(ObjectNode defaults, String key) {
        for (String map : OPEN_MAPS) {
            if (key.startsWith(map + ".")) {
                return true;
            }
        }
        JsonNode node = defaults;
        for (String part : key.split("\\.")) {
            if (node.isObject() && node.size() == 0) {
                return true;
            }
            node = node.path(part);
            if (node.isMissingNode()) {
                return false;
            }
        }
        return false;
    }

    /** Variables read before any configuration exists: the log level, and how the jar starts its JVM. */
    private static final Set<String> PROCESS_VARIABLES = Set.of("TENURE_LOG_LEVEL", "TENURE_LAUNCH");

    private static void applyEnvironment(ObjectNode tree, Map<String, String> env) {
        Map<String, JsonNode> keys = flatten(tree);
        for (Map.Entry<String, String> variable : env.entrySet()) {
            String name = variable.getKey();
            if (!name.startsWith("TENURE_") || Secrets.isSecretName(name) || PROCESS_VARIABLES.contains(name)) {
                continue;
            }
            String match = null;
            for (String key : keys.keySet()) {
                if (envName(key).equals(name)) {
                    match = key;
                    break;
                }
            }
            if (match == null) {
                log.warn("ignoring environment variable {}: no configuration key of that name", name);
                continue;
            }
            JsonNode current = keys.get(match);
            set(tree, match, parse(variable.getValue(), current, name));
        }
    }

    static String envName(String key) {
        return "TENURE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static JsonNode parse(String value, JsonNode current, String name) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (current.isArray()) {
            ArrayNode list = f.arrayNode();
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    list.add(item.trim());
                }
            }
            return list;
        }
        if (current.isBoolean()) {
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                throw new ConfigException(name + ": expected true or false, got '" + value + "'");
            }
            return f.booleanNode(Boolean.parseBoolean(value));
        }
        if (current.isIntegralNumber()) {
            try {
                return f.numberNode(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                throw new ConfigException(name + ": expected a whole number, got '" + value + "'");
            }
        }
        if (current.isNumber()) {
            try {
                return f.numberNode(Double.parseDouble(value.trim()));
            } catch (NumberFormatException e) {
                throw new ConfigException(name + ": expected a number, got '" + value + "'");
            }
        }
        return f.textNode(value);
    }

    private static void set(ObjectNode tree, String key, JsonNode value) {
        String[] parts = key.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    /** Leaf keys (scalars and lists) by dotted path; empty maps count as leaves. */
    static Map<String, JsonNode> flatten(ObjectNode tree) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        flatten("", tree, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject() && node.size() > 0) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else {
            out.put(prefix, node);
        }
    }

    private static void merge(ObjectNode target, ObjectNode overlay) {
        List<String> names = new ArrayList<>();
        overlay.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = overlay.get(name);
            JsonNode existing = target.get(name);
            if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject
                    && existingObject.size() > 0) {
                merge(existingObject, valueObject);
            } else {
                target.set(name, value);
            }
        }
    }

    private static String lastSegment(String key) {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }
}
