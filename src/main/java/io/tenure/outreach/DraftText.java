package io.tenure.outreach;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A draft as plain text (console, CLI, chat fallback) and as the JSON object of {@code --json}. */
public final class DraftText {
    private DraftText() {
    }

    public static String render(DraftView d) {
        StringBuilder text = new StringBuilder();
        text.append("Draft ").append(d.id()).append(" · ").append(d.kind()).append(" · ").append(d.language())
                .append(" · ").append(status(d.status())).append('\n');
        text.append("Account: ").append(d.accountId()).append(" (").append(d.accountName()).append(") → ")
                .append(d.recipient()).append('\n');
        text.append("Why: ").append(d.riskReason()).append("\n\n");
        text.append("Subject: ").append(d.subject()).append("\n\n");
        text.append(d.body()).append('\n');
        if (!d.history().isEmpty()) {
            text.append("\nHistory:");
            for (String line : d.history()) {
                text.append("\n- ").append(line);
            }
        }
        return text.toString();
    }

    /** One line per draft, for lists. */
    public static String line(DraftView d) {
        return d.id() + "  " + String.format(Locale.ROOT, "%-8s", status(d.status())) + "  " + d.accountId() + "  "
                + d.kind() + "  " + d.language() + "  " + d.subject();
    }

    /** {"id", "account_id", "kind", "language", "subject", "body", "status"}. */
    public static Map<String, Object> json(DraftView d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("account_id", d.accountId());
        json.put("kind", d.kind());
        json.put("language", d.language());
        json.put("subject", d.subject());
        json.put("body", d.body());
        json.put("status", status(d.status()));
        return json;
    }

    public static Map<String, Object> json(AuditEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("draft_id", e.draftId());
        json.put("at", e.at().toString());
        json.put("actor", e.actor());
        json.put("platform", e.platform());
        json.put("from", e.from() == null ? null : status(e.from()));
        json.put("to", status(e.to()));
        json.put("note", e.note());
        json.put("recipient", e.recipient());
        json.put("subject", e.subject());
        json.put("body", e.body());
        json.put("message_id", e.messageId());
        return json;
    }

    public static String line(AuditEntry e) {
        return "#" + e.id() + "  " + e.at() + "  " + e.draftId() + "  " + (e.from() == null ? "-" : status(e.from()))
                + " → " + status(e.to()) + "  by " + e.actor() + (e.note().isEmpty() ? "" : "  (" + e.note() + ")");
    }

    public static String status(DraftStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    public static List<Map<String, Object>> jsonList(List<DraftView> drafts) {
        return drafts.stream().map(DraftText::json).toList();
    }
}
