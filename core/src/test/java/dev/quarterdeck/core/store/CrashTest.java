package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.quarterdeck.core.task.Task;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durability of the H2 store: a child JVM writes and reports each commit; it is killed with SIGKILL at a
 * random moment, 20 times on the same database. After each kill the store must open, pass its integrity
 * check, and hold every task the child reported as committed.
 */
class CrashTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashTest.class);
    private static final int ROUNDS = 20;

    @TempDir
    Path tempDir;

    @Test
    void everyReportedCommitSurvivesSigkill() throws Exception {
        Path dataDir = tempDir.resolve("data");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<UUID> reported = new ArrayList<>();
        List<List<UUID>> rounds = new ArrayList<>();

        for (int round = 1; round <= ROUNDS; round++) {
            Child child = Child.start(dataDir, tempDir.resolve("child-" + round + ".err"));
            try {
                child.awaitFirstCommit();
                Thread.sleep(100 + random.nextInt(701));
            } finally {
                child.kill();
            }
            List<UUID> committed = child.committed();
            assertThat(committed).as("round %d (seed %d) committed nothing", round, seed).isNotEmpty();
            rounds.add(committed);

            try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
                assertThat(store.integrityCheck()).as("round %d (seed %d)", round, seed).isEmpty();
                Set<UUID> stored = store.tasks().listAll().stream().map(Task::id).collect(Collectors.toSet());
                assertThat(missing(rounds, stored)).as("round %d (seed %d): reported commits missing", round, seed)
                        .isEmpty();
            }
            reported.addAll(committed);
            LOG.info("round {}: {} commits reported in total, all present", round, reported.size());
        }
    }

    /** "round r: commit i of n" for every reported commit that is not stored. */
    private static List<String> missing(List<List<UUID>> rounds, Set<UUID> stored) {
        List<String> missing = new ArrayList<>();
        for (int r = 0; r < rounds.size(); r++) {
            List<UUID> round = rounds.get(r);
            for (int i = 0; i < round.size(); i++) {
                if (!stored.contains(round.get(i))) {
                    missing.add("round " + (r + 1) + ": commit " + (i + 1) + " of " + round.size());
                }
            }
        }
        return missing;
    }

    @Test
    void aSecondProcessIsToldTheStoreIsInUse() throws Exception {
        Path dataDir = tempDir.resolve("busy");
        Child child = Child.start(dataDir, tempDir.resolve("busy.err"));
        try {
            child.awaitFirstCommit();
            assertThatThrownBy(() -> Store.open(StoreConfig.h2File(dataDir)).close())
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is in use by another program");
        } finally {
            child.kill();
        }
    }

    /** A running {@link CrashWriter} and the commits it has reported. */
    private static final class Child {
        private final Process process;
        private final Path errors;
        private final List<UUID> committed = new ArrayList<>();
        private final CountDownLatch firstCommit = new CountDownLatch(1);
        private final Thread reader;

        private Child(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            this.reader = new Thread(this::readOutput, "crash-writer-output");
            reader.start();
        }

        static Child start(Path dataDir, Path errors) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), dataDir.toString())
                    .redirectError(errors.toFile())
                    .start();
            return new Child(process, errors);
        }

        private void readOutput() {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("COMMITTED ")) {
                        synchronized (committed) {
                            committed.add(UUID.fromString(line.substring("COMMITTED ".length())));
                        }
                        firstCommit.countDown();
                    }
                }
            } catch (IOException e) {
                // the pipe breaks when the child is killed; everything read so far is kept
            }
        }

        void awaitFirstCommit() throws Exception {
            if (!firstCommit.await(60, TimeUnit.SECONDS)) {
                fail("the writer committed nothing within 60 s; its errors:%n%s", Files.readString(errors));
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
            reader.join(10_000);
        }

        List<UUID> committed() {
            synchronized (committed) {
                return List.copyOf(committed);
            }
        }
    }
}
