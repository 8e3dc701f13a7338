package dev.quarterdeck.app.cli;

import dev.quarterdeck.app.teamdb.DatabaseUrl;

/**
 * The user and password for a team-mode database. Environment variables win over the URL's own parameters so
 * that a shared URL can stay free of secrets; without either, the operating-system user name is used, as
 * {@code psql} does.
 */
public record DatabaseCredentials(String user, String password) {

    public static final String USER_VARIABLE = "QUARTERDECK_DB_USER";
    public static final String PASSWORD_VARIABLE = "QUARTERDECK_DB_PASSWORD";

    public static DatabaseCredentials resolve(DatabaseUrl url, HostEnvironment host) {
        String user = host.variable(USER_VARIABLE)
                .or(() -> url.parameter("user").filter(value -> !value.isBlank()))
                .orElse(host.userName());
        String password = host.variable(PASSWORD_VARIABLE)
                .or(() -> url.parameter("password"))
                .orElse("");
        return new DatabaseCredentials(user, password);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DatabaseCredentials[user=" + user + ", password=" + (password.isEmpty() ? "(none)" : "***") + "]";
    }
}
