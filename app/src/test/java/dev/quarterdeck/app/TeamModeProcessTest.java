package dev.quarterdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db} against a real PostgreSQL: the URL reaches the store and the credentials come from where we say. */
class TeamModeProcessTest {

    private static EmbeddedPostgres postgres;

    @TempDir
    Path temp;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    /** A database owned by a login role of its own, so the owner of the created tables shows who connected. */
    private static String newDatabaseOwnedBy(String role) throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'secret-" + role + "'");
            statement.execute("CREATE DATABASE " + role + "_db OWNER " + role);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + role + "_db";
    }

    private static String ownerOfTheProjectsTable(String role) throws SQLException {
        try (Connection connection = postgres.getDatabase("postgres", role + "_db").getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT tableowner FROM pg_tables WHERE tablename = 'projects'")) {
            return rows.next() ? rows.getString(1) : "(no projects table)";
        }
    }

    @Test
    void theUserComesFromTheEnvironment() throws Exception {
        String url = newDatabaseOwnedBy("lea");

        LauncherProcessTest.Result first = LauncherProcessTest.run(temp,
                Map.of("QUARTERDECK_DB_USER", "lea", "QUARTERDECK_DB_PASSWORD", "secret-lea"),
                "--db", url, "--demo", "--exit", "--data-dir", temp.resolve("data").toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).matches("Demo workspace created: 5 projects, \\d{2,} tasks in "
                + java.util.regex.Pattern.quote(url) + "\\R");
        assertThat(ownerOfTheProjectsTable("lea")).isEqualTo("lea");
    }

    @Test
    void elseFromTheUrlAndThePasswordNeverShows() throws Exception {
        String url = newDatabaseOwnedBy("tom") + "?user=tom&password=secret-tom";

        LauncherProcessTest.Result result = LauncherProcessTest.run(temp, Map.of(),
                "--db", url, "--demo", "--exit", "--data-dir", temp.resolve("data").toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Demo workspace created: 5 projects, ")
                .endsWith("?user=tom&password=***" + System.lineSeparator())
                .doesNotContain("secret-tom");
        assertThat(ownerOfTheProjectsTable("tom")).isEqualTo("tom");
    }

    @Test
    void anUnreachableDatabaseIsOneLineAndStatusOne() throws Exception {
        LauncherProcessTest.Result result = LauncherProcessTest.run(temp, Map.of(),
                "--db", "jdbc:postgresql://localhost:1/nothing?connectTimeout=2", "--exit",
                "--data-dir", temp.resolve("data").toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("quarterdeck: ").endsWith(System.lineSeparator());
        assertThat(result.err().lines()).hasSize(1);
    }
}
