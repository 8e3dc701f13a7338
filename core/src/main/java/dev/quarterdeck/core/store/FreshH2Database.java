package dev.quarterdeck.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Creates a new H2 store under a staging name and moves it into place only once its schema is complete. H2
 * commits each DDL statement on its own, so a process killed during the first migration would otherwise leave a
 * file with some tables and no migration history, which no later start could open.
 */
final class FreshH2Database {

    static final String STAGING_SUFFIX = "-creating";
    private static final String FILE_SUFFIX = ".mv.db";

    private FreshH2Database() {
    }

    /** Does nothing unless {@code config} names an H2 file that does not exist yet. */
    static void createIfMissing(StoreConfig config) {
        Optional<String> base = fileBase(config.jdbcUrl());
        if (base.isEmpty() || Files.exists(Path.of(base.get() + FILE_SUFFIX))) {
            return;
        }
        String staging = base.get() + STAGING_SUFFIX;
        try {
            // A staging file is always the remains of a creation that did not finish.
            Files.deleteIfExists(Path.of(staging + FILE_SUFFIX));
            JdbcConnectionPool pool = JdbcConnectionPool.create(config.jdbcUrl().replace(base.get(), staging),
                    config.user(), config.password());
            try {
                SchemaVersion.migrate(pool);
                try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            } finally {
                pool.dispose();
            }
            Files.move(Path.of(staging + FILE_SUFFIX), Path.of(base.get() + FILE_SUFFIX),
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the store at " + base.get(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the store at " + base.get() + ": " + e.getMessage(), e);
        }
    }

    /** "/data/quarterdeck" for "jdbc:h2:file:/data/quarterdeck;WRITE_DELAY=0"; empty for other URLs. */
    static Optional<String> fileBase(String jdbcUrl) {
        String prefix = "jdbc:h2:file:";
        if (!jdbcUrl.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring(prefix.length());
        int options = rest.indexOf(';');
        return Optional.of(options < 0 ? rest : rest.substring(0, options));
    }
}
