package dev.quarterdeck.app.teamdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamDatabaseSettingTest {

    @TempDir
    Path dataDir;

    @Test
    void nothingSavedMeansTheEmbeddedStore() {
        assertThat(TeamDatabaseSetting.read(dataDir)).isEmpty();
    }

    @Test
    void aSavedUrlIsReadBackAndCanBeCleared() {
        TeamDatabaseSetting.save(dataDir, "  jdbc:postgresql://db.internal:5433/quarterdeck?user=qd ");

        assertThat(TeamDatabaseSetting.read(dataDir)).contains("jdbc:postgresql://db.internal:5433/quarterdeck?user=qd");
        TeamDatabaseSetting.clear(dataDir);
        assertThat(TeamDatabaseSetting.read(dataDir)).isEmpty();
    }

    @Test
    void aMalformedUrlIsRefusedAndTheSavedOneKept() {
        TeamDatabaseSetting.save(dataDir, "jdbc:postgresql://db/qd");

        assertThatThrownBy(() -> TeamDatabaseSetting.save(dataDir, "postgres://db/qd"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a PostgreSQL URL");
        assertThat(TeamDatabaseSetting.read(dataDir)).contains("jdbc:postgresql://db/qd");
    }

    @Test
    void aPasswordIsNeverWrittenToDisk() throws Exception {
        assertThatThrownBy(() -> TeamDatabaseSetting.save(dataDir, "jdbc:postgresql://db/qd?password=s3cret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("QUARTERDECK_DB_PASSWORD");
        assertThat(dataDir.resolve(TeamDatabaseSetting.FILE_NAME)).doesNotExist();
        try (var files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
    }
}
