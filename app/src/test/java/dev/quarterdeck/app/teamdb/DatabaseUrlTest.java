package dev.quarterdeck.app.teamdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {

    @Test
    void readsHostsDatabaseAndDecodedParameters() {
        DatabaseUrl url = DatabaseUrl.parse(
                "jdbc:postgresql://db1:5432,db2/team?user=lea&password=p%40ss%26word&ssl=true");

        assertThat(url.hosts()).isEqualTo("db1:5432,db2");
        assertThat(url.database()).isEqualTo("team");
        assertThat(url.parameter("user")).contains("lea");
        assertThat(url.parameter("password")).contains("p@ss&word");
        assertThat(url.parameter("ssl")).contains("true");
        assertThat(url.parameters()).containsOnlyKeys("user", "password", "ssl");
    }

    @Test
    void acceptsAnIpv6Host() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://[::1]:5432/q").hosts()).isEqualTo("[::1]:5432");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://[fe80::1]/q").database()).isEqualTo("q");
    }

    @Test
    void redactsThePasswordWhenShown() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h/q?user=lea&password=secret");

        assertThat(url.redacted()).isEqualTo("jdbc:postgresql://h/q?user=lea&password=***");
        assertThat(url.toString()).doesNotContain("secret");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h/q").redacted()).isEqualTo("jdbc:postgresql://h/q");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:h2:file:/tmp/x                  | is not a PostgreSQL URL",
        "postgresql://h/q                     | is not a PostgreSQL URL",
        "jdbc:postgresql:q                    | is not a PostgreSQL URL",
        "jdbc:postgresql://h                  | names no database",
        "jdbc:postgresql://h/                 | names no database",
        "jdbc:postgresql:///q                 | names no host",
        "jdbc:postgresql://h,/q               | names no host",
        "jdbc:postgresql://:5432/q            | empty host name",
        "jdbc:postgresql://h:port/q           | port 'port' of 'h:port' is not a number",
        "jdbc:postgresql://h:0/q              | port 0 of 'h:0' is out of range",
        "jdbc:postgresql://[::1/q             | unclosed '['",
        "jdbc:postgresql://h/q/r              | must not contain '/'",
        "jdbc:postgresql://h/q?=x             | has no name",
        "jdbc:postgresql://h/q?user=%zz       | bad %-escape",
    })
    void rejectsMalformedUrlsWithAReason(String text, String reason) {
        assertThatThrownBy(() -> DatabaseUrl.parse(text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }

    @Test
    void rejectsBlankAndSpacedUrls() {
        assertThatThrownBy(() -> DatabaseUrl.parse(" ")).hasMessage("the database URL is empty");
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:postgresql://h/q name"))
                .hasMessage("the database URL must not contain spaces");
    }

    @Test
    void neverEchoesAPasswordInARejection() {
        assertThatThrownBy(() -> DatabaseUrl.parse("jdbc:pg://h/q?password=secret"))
                .hasMessageNotContaining("secret");
    }
}
