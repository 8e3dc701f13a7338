package dev.quarterdeck.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreConfigTest {

    @Test
    void h2FileIsADurableFileDatabaseNamedQuarterdeckInTheDataFolder() {
        Path dataDir = Path.of("some", "data").toAbsolutePath();

        StoreConfig config = StoreConfig.h2File(dataDir);

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:h2:file:" + dataDir.resolve("quarterdeck") + ";WRITE_DELAY=0;REUSE_SPACE=FALSE");
        assertThat(config.isH2()).isTrue();
        assertThat(config.isPostgres()).isFalse();
        assertThat(config.describe()).isEqualTo("H2 " + dataDir.resolve("quarterdeck"));
    }

    @Test
    void aRelativeDataFolderBecomesAbsolute() {
        StoreConfig config = StoreConfig.h2File(Path.of("relative"));

        assertThat(config.jdbcUrl()).startsWith("jdbc:h2:file:" + Path.of("relative").toAbsolutePath());
    }

    @Test
    void aDataFolderWithASemicolonIsRefusedBecauseH2WouldReadSettingsFromIt() {
        assertThatThrownBy(() -> StoreConfig.h2File(Path.of("/tmp/a;MODE=Oracle")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain ';'");
    }

    @Test
    void postgresIsDescribedByHostAndDatabaseWithoutCredentials() {
        StoreConfig config = new StoreConfig("jdbc:postgresql://db.example.com:5432/team?sslmode=require", "ada",
                "s3cret");

        assertThat(config.isPostgres()).isTrue();
        assertThat(config.describe()).isEqualTo("PostgreSQL db.example.com:5432/team");
        assertThat(config.toString()).doesNotContain("s3cret").contains("***");
    }

    @Test
    void otherDatabasesAreRefused() {
        assertThatThrownBy(() -> new StoreConfig("jdbc:mysql://localhost/x", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only H2");
    }
}
