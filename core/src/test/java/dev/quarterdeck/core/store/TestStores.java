package dev.quarterdeck.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Opens stores on fresh databases for tests; H2 files go to one temporary folder removed at JVM exit. */
final class TestStores {

    private static Path baseDir;

    private TestStores() {
    }

    static synchronized Path baseDir() {
        if (baseDir == null) {
            try {
                baseDir = Files.createTempDirectory("quarterdeck-store-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path dir = baseDir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dir), "test-dir-cleanup"));
        }
        return baseDir;
    }

    /** A store on a database nobody has used yet. */
    static Store openFresh(Backend backend) {
        return Store.open(backend.newDatabase(baseDir()));
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
