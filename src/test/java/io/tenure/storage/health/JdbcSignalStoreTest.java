package io.tenure.storage.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.tenure.health.demo.DemoAccounts;
import io.tenure.health.importing.AccountImport;
import io.tenure.health.playbook.Playbook;
import io.tenure.health.scoring.Signals;
import io.tenure.storage.Database;
import io.tenure.storage.importing.JdbcImportTables;
import io.tenure.support.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rescore's one-account read gives exactly what scoring everyone reads for that account. */
class JdbcSignalStoreTest {
    @TempDir
    Path dir;

    @Test
    void oneAccountReadByItsIdHasTheSignalsTheRangeReadHas() throws Exception {
        LocalDate end = LocalDate.of(2026, 11, 20);
        DemoAccounts.write(300, 90, 7, end, dir.resolve("csv"));
        Database database = TestDatabases.open(dir.resolve("data"));
        Clock clock = Clock.fixed(end.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        assertThat(new AccountImport(new JdbcImportTables(database.dataSource()), clock)
                .importFolder(dir.resolve("csv"), false).anyRejected()).isFalse();
        JdbcSignalStore store = new JdbcSignalStore(database.jdbi(), Playbook.load("config/playbook.yaml"));
        long[] keys = store.keyRange();

        List<Signals> everyone = store.read(keys[0], keys[1], end.minusDays(3));

        assertThat(everyone).hasSize(300);
        assertThat(everyone).anySatisfy(s -> assertThat(s.tickets()).isNotEmpty());
        assertThat(everyone).anySatisfy(s -> assertThat(s.latestPayment()).isNotNull());
        assertThat(everyone).anySatisfy(s -> assertThat(s.latestNps()).isNotNull());
        assertThat(everyone).anySatisfy(s -> assertThat(s.milestones()).isNotEmpty());
        for (Signals expected : everyone) {
            Signals one = store.readOne(expected.account().id(), end.minusDays(3));
            assertThat(one).as(expected.account().id()).usingRecursiveComparison().ignoringCollectionOrder()
                    .isEqualTo(expected);
        }
        assertThat(store.readOne("no-such-account", end)).isNull();
        store.close();
    }
}
