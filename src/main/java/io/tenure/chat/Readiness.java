package io.tenure.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code GET /health} reports: whether this replica can do its work, so a load balancer sends it
 * traffic only then. Each check names one part (the database, its migrations, the search index) and
 * says what is wrong with it, or nothing when it works.
 */
public final class Readiness {
    /** One part: null when it works, else a short sentence saying what is wrong (shown to operators). */
    @FunctionalInterface
    public interface Check {
        String problem() throws Exception;
    }

    /** The outcome of every check: "ok" or what is wrong, by name, in the order they were added. */
    public record Report(boolean ready, Map<String, String> checks) {
        public String json() {
            ObjectNode body = JSON.createObjectNode().put("status", ready ? "ready" : "not ready");
            ObjectNode results = body.putObject("checks");
            checks.forEach(results::put);
            return body.toString();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Check> checks = new LinkedHashMap<>();

    /** No checks: always ready (a process that only serves Slack's endpoint in a test). */
    public static Readiness none() {
        return new Readiness();
    }

    public synchronized Readiness add(String name, Check check) {
        checks.put(name, check);
        return this;
    }

    public synchronized Report check() {
        Map<String, String> results = new LinkedHashMap<>();
        boolean ready = true;
        for (Map.Entry<String, Check> check : checks.entrySet()) {
            String problem;
            try {
                problem = check.getValue().problem();
            } catch (Exception e) {
                // A check that throws found its part broken; the exception says how.
                problem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
            }
            results.put(check.getKey(), problem == null ? "ok" : problem);
            ready &= problem == null;
        }
        return new Report(ready, results);
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
