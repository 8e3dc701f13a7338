package dev.quarterdeck.core.store;

import java.nio.file.Path;
import java.util.UUID;

/** The two databases every DAO test runs on. */
enum Backend {
    H2 {
        @Override
        StoreConfig newDatabase(Path tempDir) {
            return StoreConfig.h2File(tempDir.resolve("h2-" + UUID.randomUUID()));
        }
    },
    POSTGRES {
        @Override
        StoreConfig newDatabase(Path tempDir) {
            return EmbeddedPostgresHolder.newDatabase();
        }
    };

    /** A config for a database nobody has used yet. */
    abstract StoreConfig newDatabase(Path tempDir);
}
