package io.tenure.health.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The six import files: their required columns, how a row is checked, and the values it gives, in the
 * order storage writes them ({@code storage/importing/JdbcImportTables} names the columns). Storage
 * upserts on natural keys, so a re-import of the same files changes nothing.
 */
public enum ImportFile {
    ACCOUNTS("accounts.csv", List.of("account_id", "name", "plan", "mrr", "currency", "seats", "signup_date",
            "renewal_date", "owner", "contact_email", "language", "status", "cancelled_at", "cancel_reason"), 14) {
        @Override
        void bind(Row row, RowValues v) throws BadValue {
            row.unique("account_id");
            String id = row.text("account_id");
            String email = row.email("contact_email");
            LocalDate signup = row.requiredDate("signup_date");
            LocalDate renewal = row.date("renewal_date");
            String status = row.oneOf("status", Set.of("active", "paused", "cancelled"));
            LocalDate cancelled = row.date("cancelled_at");
            if (cancelled != null && cancelled.isBefore(signup)) {
                throw new BadValue("cancelled_at", "cancelled (" + cancelled + ") before signup (" + signup + ")");
            }
            if (renewal != null && renewal.isBefore(signup)) {
                throw new BadValue("renewal_date", "renewal (" + renewal + ") before signup (" + signup + ")");
            }
            v.set(1, id);
            v.set(2, row.text("name"));
            v.set(3, row.text("plan"));
            v.set(4, row.amount("mrr").doubleValue());
            v.set(5, row.text("currency").toUpperCase(java.util.Locale.ROOT));
            v.set(6, row.integer("seats", 0, 1_000_000));
            v.set(7, signup.toString());
            setDate(v, 8, renewal);
            v.set(9, row.text("owner"));
            v.set(10, email);
            v.set(11, row.text("language").toLowerCase(java.util.Locale.ROOT));
            v.set(12, status);
            setDate(v, 13, cancelled);
            String reason = row.optional("cancel_reason");
            if (reason.isEmpty()) {
                v.set(14, null);
            } else {
                v.set(14, reason);
            }
        }
    },
    ACTIVITY("activity.csv", List.of("account_id", "occurred_at", "kind", "user", "feature"), 5) {
        @Override
        void bind(Row row, RowValues v) throws BadValue {
            v.set(1, row.account("account_id"));
            v.set(2, row.requiredInstant("occurred_at"));
            String kind = row.oneOf("kind", Set.of("login", "feature_use"));
            String feature = row.optional("feature");
            if (kind.equals("feature_use") && feature.isEmpty()) {
                throw new BadValue("feature", "a feature_use needs the feature used");
            }
            v.set(3, kind);
            v.set(4, row.optional("user"));
            v.set(5, feature);
        }
    },
    TICKETS("tickets.csv", List.of("ticket_id", "account_id", "opened_at", "closed_at", "priority", "subject"), 6) {
        @Override
        void bind(Row row, RowValues v) throws BadValue {
            // A ticket id twice would move the ticket to the later row's account.
            row.unique("ticket_id");
            v.set(1, row.text("ticket_id"));
            v.set(2, row.account("account_id"));
            long opened = row.requiredInstant("opened_at");
            Long closed = row.instant("closed_at");
            if (closed != null && closed < opened) {
                throw new BadValue("closed_at", "closed (" + row.optional("closed_at") + ") before opened ("
                        + row.optional("opened_at") + ")");
            }
            v.set(3, opened);
            setLong(v, 4, closed);
            v.set(5, row.optional("priority"));
            v.set(6, row.optional("subject"));
        }
    },
    NPS("nps.csv", List.of("account_id", "responded_at", "score", "comment"), 4) {
        @Override
        void bind(Row row, RowValues v) throws BadValue {
            v.set(1, row.account("account_id"));
            v.set(2, row.requiredInstant("responded_at"));
            v.set(3, row.integer("score", 0, 10));
            v.set(4, row.optional("comment"));
        }
    },
    PAYMENTS("payments.csv", List.of("account_id", "occurred_at", "status", "amount"), 4) {
        @Override
        void bind(Row row, RowValues v) throws BadValue {
            v.set(1, row.account("account_id"));
            v.set(2, row.requiredInstant("occurred_at"));
            v.set(3, row.oneOf("status", Set.of("succeeded", "failed", "refunded")));
            BigDecimal amount = row.amount("amount");
            v.set(4, amount.doubleValue());
        }
    },
    MILESTONES("milestones.csv", List.of("account_id", "milestone", "due_date", "completed_at"), 4) {
        @Override
        void bind(Row row, RowValues v) throws BadValue {
            v.set(1, row.account("account_id"));
            v.set(2, row.text("milestone"));
            v.set(3, row.requiredDate("due_date").toString());
            setLong(v, 4, row.instant("completed_at"));
        }
    };

    final String fileName;
    final List<String> columns;
    /** How many values a row gives. */
    final int values;

    ImportFile(String fileName, List<String> columns, int values) {
        this.fileName = fileName;
        this.columns = columns;
        this.values = values;
    }

    public String fileName() {
        return fileName;
    }

    /** Checks the row's shape, then its cells, and sets its values. */
    final void read(Row row, RowValues v) throws BadValue {
        row.checkFieldCount();
        bind(row, v);
    }

    /** Checks the row and sets its values; a wrong cell throws, naming its column. */
    abstract void bind(Row row, RowValues v) throws BadValue;

    private static void setDate(RowValues v, int index, LocalDate date) {
        v.set(index, date == null ? null : date.toString());
    }

    private static void setLong(RowValues v, int index, Long value) {
        v.set(index, value);
    }
}
