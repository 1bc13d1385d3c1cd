package io.tenure.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What other features (summaries, outreach, chat) ask of account health. */
public interface AccountDirectory {
    Optional<AccountHealth> find(String accountId, LocalDate asOf);

    /** Accounts with at least one fired rule, highest risk first (ties by MRR), at most {@code limit}. */
    List<AccountHealth> atRisk(LocalDate asOf, int limit);
}
