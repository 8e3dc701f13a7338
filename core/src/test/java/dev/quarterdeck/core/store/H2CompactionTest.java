package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.task.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 file only grows while open (chunks are appended); closing gives the dead space back. */
class H2CompactionTest {

    @TempDir
    Path dataDir;

    private long fileSize() throws IOException {
        return Files.size(dataDir.resolve("quarterdeck.mv.db"));
    }

    @Test
    void aFileThatIsMostlyDeadSpaceIsCompactedOnClose() throws IOException {
        Task task = Fixtures.task(null, "edited many times");
        long grown;
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            Task current = store.write(Actor.USER, tx -> tx.insert(task));
            for (int i = 0; i < 150; i++) {
                String notes = "revision " + i + " " + "x".repeat(8_000);
                Task edited = current.withTitleAndNotes(current.title(), notes, current.updatedAt());
                current = store.write(Actor.USER, tx -> tx.update(edited));
            }
            grown = fileSize();
            assertThat(grown).isGreaterThan(H2Compaction.MIN_FILE_BYTES);
        }

        assertThat(fileSize()).isLessThan(grown / 2);
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            Task stored = store.tasks().find(task.id()).orElseThrow();
            assertThat(stored.version()).isEqualTo(150);
            assertThat(stored.notes()).startsWith("revision 149 ");
            assertThat(store.audit().listForEntity(task.id())).hasSize(151);
            assertThat(store.integrityCheck()).isEmpty();
        }
    }

    @Test
    void aSmallFileIsNotCompacted() throws Exception {
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            store.write(Actor.USER, tx -> tx.insert(Fixtures.task(null, "one")));

            assertThat(H2Compaction.closeCompactingIfWorthIt(store.jdbi(), null)).isFalse();
        }
    }
}
