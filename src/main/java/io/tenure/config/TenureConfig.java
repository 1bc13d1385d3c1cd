package io.tenure.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The merged configuration (bundled defaults, then the user's file, then {@code TENURE_*} variables),
 * bound section by section into the typed settings record each feature owns. A section that does not
 * bind fails with the dotted key that is wrong.
 */
public final class TenureConfig {
    private static final ObjectMapper BINDER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    private final JsonNode tree;
    private final Path dataDir;
    private final Secrets secrets;
    private final Map<String, Object> bound = new ConcurrentHashMap<>();

    TenureConfig(JsonNode tree, Path dataDir, Secrets secrets) {
        this.tree = tree;
        this.dataDir = dataDir;
        this.secrets = secrets;
    }

    /** Where the database, the index, the outbox and generated charts live. */
    public Path dataDir() {
        return dataDir;
    }

    public Secrets secrets() {
        return secrets;
    }

    public <T> T section(String name, Class<T> type) {
        return type.cast(bound.computeIfAbsent(name, key -> bind(key, type)));
    }

    private <T> T bind(String name, Class<T> type) {
        JsonNode node = tree.path(name);
        if (node.isMissingNode() || node.isNull()) {
            throw new ConfigException("missing configuration section '" + name + "'");
        }
        try {
            return BINDER.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException("unknown configuration key '" + name + "." + path(e) + "'", e);
        } catch (InvalidFormatException e) {
            throw new ConfigException("configuration key '" + name + "." + path(e) + "' has an invalid value '"
                    + e.getValue() + "' (expected " + e.getTargetType().getSimpleName() + ")", e);
        } catch (MismatchedInputException e) {
            throw new ConfigException("configuration key '" + name + "." + path(e) + "' has the wrong type", e);
        } catch (Exception e) {
            throw new ConfigException("configuration section '" + name + "' is invalid: " + e.getMessage(), e);
        }
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
