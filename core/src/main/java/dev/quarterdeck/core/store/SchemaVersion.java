package dev.quarterdeck.core.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway, but only when it is behind: a cold Flyway costs about 0.6 s of
 * start-up, and on almost every start there is nothing to migrate. Flyway (and its checksum validation)
 * runs on a new database and after an upgrade that adds a migration.
 */
final class SchemaVersion {

    /** The version of the newest migration in {@code db/migration}; a test keeps the two in step. */
    static final int CURRENT = 5;

    private SchemaVersion() {
    }

    static void migrate(DataSource dataSource) {
        int installed = installed(dataSource);
        if (installed > CURRENT) {
            throw new StoreException("The store was written by a newer version of Quarterdeck (schema " + installed
                    + ", this version knows " + CURRENT + "); please update Quarterdeck");
        }
        if (installed < CURRENT) {
            Flyway.configure(SchemaVersion.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        }
    }

    /**
     * The newest successfully applied migration, or 0 when there is none (a new database), when Flyway's history
     * table cannot be read, or when a migration failed (so that Flyway runs and reports it).
     */
    static int installed(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT "version", "success" FROM "flyway_schema_history"
                        WHERE "version" IS NOT NULL
                        ORDER BY "installed_rank"
                        """)) {
            int newest = 0;
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return 0;
                }
                newest = Math.max(newest, Integer.parseInt(rows.getString("version")));
            }
            return newest;
        } catch (SQLException | NumberFormatException e) {
            return 0;
        }
    }
}
