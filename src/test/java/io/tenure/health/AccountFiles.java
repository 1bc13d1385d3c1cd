package io.tenure.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the account CSV files a test describes, in the import format, into a folder. */
public final class AccountFiles {
    public static final String ACCOUNT_HEADER = "account_id,name,plan,mrr,currency,seats,signup_date,renewal_date,"
            + "owner,contact_email,language,status,cancelled_at,cancel_reason";

    private final Path dir;
    private final Map<String, List<String>> rows = new LinkedHashMap<>();

    public AccountFiles(Path dir) {
        this.dir = dir;
        rows.put("accounts.csv", new ArrayList<>(List.of(ACCOUNT_HEADER)));
        rows.put("activity.csv", new ArrayList<>(List.of("account_id,occurred_at,kind,user,feature")));
        rows.put("tickets.csv", new ArrayList<>(List.of("ticket_id,account_id,opened_at,closed_at,priority,subject")));
        rows.put("nps.csv", new ArrayList<>(List.of("account_id,responded_at,score,comment")));
        rows.put("payments.csv", new ArrayList<>(List.of("account_id,occurred_at,status,amount")));
        rows.put("milestones.csv", new ArrayList<>(List.of("account_id,milestone,due_date,completed_at")));
    }

    /** An active account signed up on 2026-01-01, renewing 2027-06-01, MRR 100 USD. */
    public AccountFiles account(String id) {
        return account(id, "100", "2026-01-01", "2027-06-01", "active", "", "");
    }

    public AccountFiles account(String id, String mrr, String signup, String renewal, String status,
                                String cancelledAt, String cancelReason) {
        return raw("accounts.csv", id + ",Company " + id + ",team," + mrr + ",USD,5," + signup + "," + renewal
                + ",ana,ops@" + id.toLowerCase() + ".example.com,en," + status + "," + cancelledAt + "," + cancelReason);
    }

    public AccountFiles login(String id, String at) {
        return raw("activity.csv", id + "," + at + ",login,user1,");
    }

    public AccountFiles featureUse(String id, String at, String feature) {
        return raw("activity.csv", id + "," + at + ",feature_use,user1," + feature);
    }

    public AccountFiles ticket(String ticketId, String id, String opened, String closed) {
        return raw("tickets.csv", ticketId + "," + id + "," + opened + "," + closed + ",normal,Export fails");
    }

    public AccountFiles nps(String id, String on, int score) {
        return raw("nps.csv", id + "," + on + "," + score + ",\"Slow, lately\"");
    }

    public AccountFiles payment(String id, String at, String status) {
        return raw("payments.csv", id + "," + at + "," + status + ",100.00");
    }

    public AccountFiles milestone(String id, String name, String due, String completed) {
        return raw("milestones.csv", id + "," + name + "," + due + "," + completed);
    }

    /** A row as given, for bad rows. */
    public AccountFiles raw(String file, String line) {
        rows.get(file).add(line);
        return this;
    }

    /** Replaces a file's header row. */
    public AccountFiles header(String file, String header) {
        rows.get(file).set(0, header);
        return this;
    }

    /** Writes every file that has rows (or all of them), LF line ends. */
    public Path write() {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, List<String>> file : rows.entrySet()) {
                if (file.getValue().size() > 1) {
                    Files.writeString(dir.resolve(file.getKey()), String.join("\n", file.getValue()) + "\n",
                            StandardCharsets.UTF_8);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
