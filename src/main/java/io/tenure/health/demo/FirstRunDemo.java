package io.tenure.health.demo;

import io.tenure.health.HealthDirectory;
import io.tenure.health.importing.AccountImport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The embedded default's demo accounts: on a database that has no account and never saw an import, a
 * small generated set ending today is imported, with a month of score history so "change over 7
 * days" and "turned red" show from the first minute.
 */
public final class FirstRunDemo {
    private FirstRunDemo() {
    }

    /** @return whether the demo set was loaded (false when there was data or an import before) */
    public static boolean loadIfUntouched(AccountDataPresence presence, AccountImport accountImport, HealthDirectory health,
                                          int accounts, int days, long seed, Clock clock) {
        if (!presence.untouched()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        try {
            Path dir = Files.createTempDirectory("tenure-demo");
            try {
                DemoAccounts.write(accounts, days, seed, today, dir);
                accountImport.importFolder(dir, false);
                for (LocalDate day = today.minusDays(29); !day.isAfter(today); day = day.plusDays(1)) {
                    health.scoreAll(day);
                }
            } finally {
                for (String name : AccountImport.fileNames()) {
                    Files.deleteIfExists(dir.resolve(name));
                }
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the demo accounts", e);
        }
        return true;
    }
}
