package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshH2DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewStoreAppearsOnlyOnceItsSchemaIsComplete() {
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            assertThat(store.isEmpty()).isTrue();
        }
        assertThat(dataDir.resolve("quarterdeck.mv.db")).exists();
        assertThat(dataDir.resolve("quarterdeck" + FreshH2Database.STAGING_SUFFIX + ".mv.db")).doesNotExist();
    }

    @Test
    void theRemainsOfAnInterruptedCreationAreReplaced() throws Exception {
        Path leftover = dataDir.resolve("quarterdeck" + FreshH2Database.STAGING_SUFFIX + ".mv.db");
        Files.writeString(leftover, "half a database");

        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            assertThat(store.integrityCheck()).isEmpty();
        }
        assertThat(leftover).doesNotExist();
    }

    @Test
    void anExistingStoreIsOpenedInPlace() {
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            assertThat(store.isEmpty()).isTrue();
        }
        long size = dataDir.resolve("quarterdeck.mv.db").toFile().length();
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            assertThat(store.isEmpty()).isTrue();
        }
        assertThat(dataDir.resolve("quarterdeck.mv.db").toFile().length()).isGreaterThanOrEqualTo(size);
    }

    @Test
    void onlyH2FileUrlsHaveAFileBase() {
        assertThat(FreshH2Database.fileBase("jdbc:h2:file:/data/quarterdeck;WRITE_DELAY=0")).contains("/data/quarterdeck");
        assertThat(FreshH2Database.fileBase("jdbc:postgresql://db/quarterdeck")).isEmpty();
        assertThat(FreshH2Database.fileBase("jdbc:h2:mem:test")).isEmpty();
    }
}
