package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreSetupTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZONE);
    private static final HostEnvironment HOST = new HostEnvironment("Linux", Path.of("/home/lea"), "lea",
            Map.of("QUARTERDECK_DB_PASSWORD", "from-env"));

    @TempDir
    Path dataDir;

    private final StoreSetup setup = new StoreSetup(HOST, CLOCK);

    private LaunchOptions options(boolean demo) {
        return new LaunchOptions(dataDir, Optional.empty(), demo, false);
    }

    @Test
    void createsTheDemoWorkspaceInAnEmptyStoreOnceOnly() {
        WorkspaceSnapshot expected = DemoWorkspace.create(LocalDate.of(2026, 11, 22), ZONE, CLOCK.instant());

        String first = setup.run(options(true));
        String second = setup.run(options(true));

        assertThat(first).isEqualTo("Demo workspace created: " + expected.projects().size() + " projects, "
                + expected.tasks().size() + " tasks in " + dataDir);
        assertThat(second).isEqualTo("Store not empty, demo skipped (" + dataDir + ")");
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            assertThat(store.projects().list()).hasSameSizeAs(expected.projects());
            assertThat(store.snapshot().tasks()).hasSameSizeAs(expected.tasks());
        }
    }

    @Test
    void withoutDemoItOnlyCreatesTheStore() {
        assertThat(setup.run(options(false))).isEqualTo("Store ready in " + dataDir);

        assertThat(dataDir.resolve("quarterdeck.mv.db")).exists();
        try (Store store = Store.open(StoreConfig.h2File(dataDir))) {
            assertThat(store.isEmpty()).isTrue();
        }
    }

    @Test
    void theLocalStoreIsTheH2FileInTheDataFolder() {
        assertThat(StoreSetup.storeConfig(options(false), HOST)).isEqualTo(StoreConfig.h2File(dataDir));
    }

    @Test
    void teamModeResolvesTheCredentials() {
        LaunchOptions team = new LaunchOptions(dataDir,
                Optional.of("jdbc:postgresql://db.example/quarterdeck?user=lea-url&password=from-url"), false, false);

        StoreConfig config = StoreSetup.storeConfig(team, HOST);

        assertThat(config.jdbcUrl()).isEqualTo(team.databaseUrl().orElseThrow());
        assertThat(config.user()).isEqualTo("lea-url");
        assertThat(config.password()).isEqualTo("from-env");
    }
}
