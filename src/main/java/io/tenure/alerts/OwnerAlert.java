package io.tenure.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * One alert about an account, as raised: the delivery job's row carries it.
 *
 * @param owner the account's owner address (from accounts.csv), empty when it has none
 * @param day the day the alert is once for (today; for a failed payment the payment's day, for a renewal its date)
 * @param text why, with the facts, in plain text with simple Markdown
 * @param draftId a draft prepared with it (cancel intent's save offer), or null
 */
public record OwnerAlert(String accountId, String owner, String trigger, LocalDate day, String text, String draftId) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public OwnerAlert {
        owner = owner == null ? "" : owner.strip();
    }

    String encode() {
        return encode(null, null);
    }

    /** With a platform and a target (a user id, or {@code #channel}): a retry of that one post. */
    String encode(String platform, String target) {
        ObjectNode row = JSON.createObjectNode().put("account_id", accountId).put("owner", owner)
                .put("trigger", trigger).put("day", day.toString()).put("text", text).put("draft_id", draftId)
                .put("platform", platform).put("target", target);
        return row.toString();
    }

    /** A decoded row: the alert, and the one platform and target to retry, when it is a retry. */
    record Row(OwnerAlert alert, String platform, String target) {
    }

    static Row decode(String data) {
        JsonNode row;
        try {
            row = JSON.readTree(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an owner-alert row is not JSON: " + e.getOriginalMessage(), e);
        }
        OwnerAlert alert = new OwnerAlert(row.path("account_id").asText(), row.path("owner").asText(""),
                row.path("trigger").asText(), LocalDate.parse(row.path("day").asText()), row.path("text").asText(),
                row.hasNonNull("draft_id") ? row.get("draft_id").asText() : null);
        return new Row(alert, row.hasNonNull("platform") ? row.get("platform").asText() : null,
                row.hasNonNull("target") ? row.get("target").asText() : null);
    }
}
