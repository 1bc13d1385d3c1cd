package io.tenure.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AskerAccountsTest {
    private final AskerAccounts accounts = new AskerAccounts(new CustomerSettings(
            Map.of("U123", "ACME-1"), Map.of("Globex.example", "GLOBEX-2"), Map.of("C-SHARED", "INITECH-3")));

    @Test
    void aMappedUserIdNamesItsAccount() {
        assertThat(accounts.accountOf("U123", "C-ANY", null)).contains("ACME-1");
    }

    @Test
    void everyoneInASharedChannelBelongsToItsAccount() {
        assertThat(accounts.accountOf("U999", "C-SHARED", null)).contains("INITECH-3");
    }

    @Test
    void anEmailDomainNamesItsAccountWhateverItsCase() {
        assertThat(accounts.accountOf("U999", "C-ANY", "ana@globex.EXAMPLE")).contains("GLOBEX-2");
        assertThat(accounts.accountOf("ana@Globex.example", "console", null)).contains("GLOBEX-2");
    }

    @Test
    void anUnmappedAskerHasNoAccount() {
        assertThat(accounts.accountOf("U999", "C-ANY", "bob@elsewhere.example")).isEmpty();
        assertThat(accounts.accountOf("U999", "C-ANY", null)).isEmpty();
    }
}
