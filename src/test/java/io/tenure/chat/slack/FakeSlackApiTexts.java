package io.tenure.chat.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Every string inside a JSON parameter (a modal view, for instance), for readable assertions. */
final class FakeSlackApiTexts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeSlackApiTexts() {
    }

    static String of(String json) throws IOException {
        StringBuilder out = new StringBuilder();
        collect(JSON.readTree(json), out);
        return out.toString();
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append('\n');
        } else {
            node.forEach(child -> collect(child, out));
        }
    }
}
