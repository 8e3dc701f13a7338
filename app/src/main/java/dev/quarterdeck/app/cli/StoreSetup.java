package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.shell.WorkspaceOpening;
import dev.quarterdeck.app.teamdb.DatabaseUrl;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.time.Clock;

/**
 * The headless work of {@code --exit}: open the store (which creates or migrates it), and with {@code --demo}
 * import the demo workspace into an empty store.
 */
public final class StoreSetup implements HeadlessSetup {

    private final HostEnvironment host;
    private final Clock clock;

    public StoreSetup(HostEnvironment host, Clock clock) {
        this.host = host;
        this.clock = clock;
    }

    /** The store configuration for these options: team-mode PostgreSQL with resolved credentials, else H2. */
    public static StoreConfig storeConfig(LaunchOptions options, HostEnvironment host) {
        if (options.databaseUrl().isEmpty()) {
            return StoreConfig.h2File(options.dataDir());
        }
        DatabaseUrl url = DatabaseUrl.parse(options.databaseUrl().get());
        DatabaseCredentials credentials = DatabaseCredentials.resolve(url, host);
        return new StoreConfig(url.url(), credentials.user(), credentials.password());
    }

    @Override
    public String run(LaunchOptions options) {
        StoreConfig config = storeConfig(options, host);
        String location = location(options);
        try (Store store = Store.open(config, clock)) {
            if (!options.demo()) {
                return "Store ready in " + location;
            }
            if (!store.isEmpty()) {
                return "Store not empty, demo skipped (" + location + ")";
            }
            WorkspaceSnapshot demo = WorkspaceOpening.importDemo(store, clock);
            return "Demo workspace created: " + demo.projects().size() + " projects, " + demo.tasks().size()
                    + " tasks in " + location;
        }
    }

    private static String location(LaunchOptions options) {
        return options.databaseUrl().map(url -> DatabaseUrl.parse(url).redacted())
                .orElseGet(() -> options.dataDir().toString());
    }
}
