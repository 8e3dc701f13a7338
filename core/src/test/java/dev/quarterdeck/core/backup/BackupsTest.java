package dev.quarterdeck.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Online backups of a real H2 store, retention, and restore with the state from before kept. */
class BackupsTest {

    @TempDir
    Path dataDir;

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-03T08:00:00Z"));

        void advance(Duration by) {
            now.updateAndGet(at -> at.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final MovingClock clock = new MovingClock();

    private Task addTask(Store store, String title) {
        Task task = Task.create(UUID.randomUUID(), null, title, Horizon.WEEK, null, clock.instant());
        return store.write(Actor.USER, tx -> tx.insert(task));
    }

    @Test
    void restoreBringsBackTheBackedUpStateAndKeepsTheStateFromBefore() throws IOException {
        Backups backups = new Backups(dataDir, clock);
        Store store = Store.open(StoreConfig.h2File(dataDir), clock);
        Task kept = addTask(store, "Before the backup");
        Backups.Backup backup = backups.backUp(store);
        clock.advance(Duration.ofMinutes(5));
        Task later = addTask(store, "After the backup");

        Store restored = backups.restore(store, backup.file(), config -> Store.open(config, clock));
        try {
            assertThat(restored.tasks().find(kept.id())).isPresent();
            assertThat(restored.tasks().find(later.id())).isEmpty();
            assertThat(backups.list()).hasSize(2);
            Path before = backups.list().get(0).file();
            clock.advance(Duration.ofMinutes(5));
            Store undone = backups.restore(restored, before, config -> Store.open(config, clock));
            restored = undone;
            assertThat(undone.tasks().find(later.id())).as("the state from before the restore was kept").isPresent();
        } finally {
            restored.close();
        }
    }

    @Test
    void aFileThatIsNotABackupLeavesTheStoreAsItWas() throws IOException {
        Backups backups = new Backups(dataDir, clock);
        Path notABackup = dataDir.resolve("holiday.zip");
        Files.write(notABackup, new byte[] {1, 2, 3});
        try (Store store = Store.open(StoreConfig.h2File(dataDir), clock)) {
            Task task = addTask(store, "Stays");
            assertThatThrownBy(() -> backups.restore(store, notABackup, config -> Store.open(config, clock)))
                    .isInstanceOf(IOException.class).hasMessageContaining("is not a Quarterdeck backup");
            assertThat(store.tasks().find(task.id())).as("the store stays open and untouched").isPresent();
        }
    }

    @Test
    void keepsTheNewestSevenAndIsDueOncePerDay() throws IOException {
        Backups backups = new Backups(dataDir, clock);
        try (Store store = Store.open(StoreConfig.h2File(dataDir), clock)) {
            assertThat(backups.isDue()).isTrue();
            for (int day = 0; day < 9; day++) {
                backups.backUp(store);
                assertThat(backups.isDue()).isFalse();
                clock.advance(Duration.ofHours(23));
                assertThat(backups.isDue()).isFalse();
                clock.advance(Duration.ofHours(1));
                assertThat(backups.isDue()).isTrue();
            }
        }
        assertThat(backups.list()).hasSize(Backups.KEEP);
        assertThat(backups.list().get(0).takenAt()).isEqualTo(clock.instant().minus(Duration.ofDays(1)));
    }

    @Test
    void teamModeIsRefusedWithAReason() {
        StoreConfig postgres = new StoreConfig("jdbc:postgresql://localhost/none", "qd", "");
        assertThat(postgres.isPostgres()).isTrue();
        assertThatThrownBy(() -> Backups.checkIsBackup(dataDir.resolve("missing.zip")))
                .isInstanceOf(IOException.class);
    }
}
