package dev.quarterdeck.app.projects.documents;

import dev.quarterdeck.app.cli.DataFolder;
import dev.quarterdeck.app.cli.HostEnvironment;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The data folder that attached files are copied into: the folder of the local H2 database; with a team-mode
 * (PostgreSQL) store, which has no local folder, the user's default data folder.
 */
public final class DocumentFolder {

    private static final String H2_FILE = "jdbc:h2:file:";

    private DocumentFolder() {
    }

    public static Path of(StoreConfig config) {
        String url = config.jdbcUrl();
        if (url.startsWith(H2_FILE)) {
            int options = url.indexOf(';');
            String file = options < 0 ? url.substring(H2_FILE.length()) : url.substring(H2_FILE.length(), options);
            Path parent = Path.of(file).toAbsolutePath().getParent();
            if (parent != null) {
                return parent;
            }
        }
        return DataFolder.resolve(Optional.empty(), HostEnvironment.current());
    }
}
