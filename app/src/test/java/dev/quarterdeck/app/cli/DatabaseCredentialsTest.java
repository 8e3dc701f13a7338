package dev.quarterdeck.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.teamdb.DatabaseUrl;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseCredentialsTest {

    private static HostEnvironment hostWith(Map<String, String> variables) {
        return new HostEnvironment("Linux", Path.of("/home/lea"), "lea-os", variables);
    }

    @Test
    void environmentWinsOverTheUrl() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h/q?user=url-user&password=url-pass");

        DatabaseCredentials credentials = DatabaseCredentials.resolve(url,
                hostWith(Map.of("QUARTERDECK_DB_USER", "env-user", "QUARTERDECK_DB_PASSWORD", "env-pass")));

        assertThat(credentials).isEqualTo(new DatabaseCredentials("env-user", "env-pass"));
    }

    @Test
    void theUrlParametersServeWhenTheEnvironmentIsSilent() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h/q?user=url-user&password=url-pass");

        DatabaseCredentials credentials = DatabaseCredentials.resolve(url,
                hostWith(Map.of("QUARTERDECK_DB_USER", " ")));

        assertThat(credentials).isEqualTo(new DatabaseCredentials("url-user", "url-pass"));
    }

    @Test
    void fallsBackToTheOperatingSystemUserAndNoPassword() {
        DatabaseCredentials credentials = DatabaseCredentials.resolve(
                DatabaseUrl.parse("jdbc:postgresql://h/q"), hostWith(Map.of()));

        assertThat(credentials).isEqualTo(new DatabaseCredentials("lea-os", ""));
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(new DatabaseCredentials("lea", "s3cret").toString()).doesNotContain("s3cret").contains("lea");
    }
}
