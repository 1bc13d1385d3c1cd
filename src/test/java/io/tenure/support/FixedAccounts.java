package io.tenure.support;

import io.tenure.health.Account;
import io.tenure.health.AccountDirectory;
import io.tenure.health.AccountHealth;
import io.tenure.health.AccountStatus;
import io.tenure.health.Band;
import io.tenure.health.HealthScore;
import io.tenure.health.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test-only {@link AccountDirectory} over hand-built accounts, standing in for account health's real
 * directory: what it returns is exactly what the test put in.
 */
public final class FixedAccounts implements AccountDirectory {
    private final Map<String, AccountHealth> accounts = new LinkedHashMap<>();

    public FixedAccounts(AccountHealth... accounts) {
        for (AccountHealth account : accounts) {
            this.accounts.put(account.account().id(), account);
        }
    }

    @Override
    public Optional<AccountHealth> find(String accountId, LocalDate asOf) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    /** Accounts with a fired rule, lowest score first, ties by MRR. */
    @Override
    public List<AccountHealth> atRisk(LocalDate asOf, int limit) {
        return accounts.values().stream()
                .filter(a -> !a.health().reasons().isEmpty())
                .sorted(Comparator.comparingInt((AccountHealth a) -> a.health().score())
                        .thenComparing(a -> a.account().mrr(), Comparator.reverseOrder()))
                .limit(limit)
                .toList();
    }

    public static Builder account(String id) {
        return new Builder(id);
    }

    public static Reason reason(String rule, String detail) {
        return new Reason(rule, detail, "follow up on " + rule, "account manager");
    }

    /** A hand-built account with its health; defaults are an active English account with a contact. */
    public static final class Builder {
        private final String id;
        private String name;
        private String plan = "Team";
        private BigDecimal mrr = new BigDecimal("490");
        private String email;
        private String language = "en";
        private AccountStatus status = AccountStatus.ACTIVE;
        private LocalDate cancelledAt;
        private String cancelReason;
        private LocalDate renewal;
        private int score = 55;
        private final List<Reason> reasons = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
            this.name = id + " Ltd";
            this.email = "ops@" + id.toLowerCase() + ".test";
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder plan(String plan) {
            this.plan = plan;
            return this;
        }

        public Builder mrr(String mrr) {
            this.mrr = new BigDecimal(mrr);
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder renewal(LocalDate date) {
            this.renewal = date;
            return this;
        }

        public Builder cancelled(LocalDate on, String why) {
            this.status = AccountStatus.CANCELLED;
            this.cancelledAt = on;
            this.cancelReason = why;
            return this;
        }

        public Builder score(int score) {
            this.score = score;
            return this;
        }

        public Builder fired(String rule, String detail) {
            reasons.add(reason(rule, detail));
            return this;
        }

        public AccountHealth on(LocalDate asOf) {
            Account account = new Account(id, name, plan, mrr, "USD", 10, LocalDate.of(2025, 1, 15), renewal,
                    "owner-ana", email, language, status, cancelledAt, cancelReason);
            Band band = score >= 70 ? Band.GREEN : score >= 40 ? Band.YELLOW : Band.RED;
            return new AccountHealth(account, new HealthScore(id, asOf, score, band, reasons));
        }
    }
}
