package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.LaunchOptions;
import java.net.URI;
import java.nio.file.Path;

/**
 * The store's location as the status bar and Settings show it: "H2 ~/.local/share/quarterdeck" for the
 * embedded database, "PostgreSQL host/db" in team mode (never the user or password from the URL).
 */
public final class StoreLocation {

    private StoreLocation() {
    }

    public static String describe(LaunchOptions options, Path home) {
        return options.databaseUrl().map(StoreLocation::describeUrl)
                .orElseGet(() -> "H2 " + abbreviateHome(options.dataDir(), home));
    }

    static String abbreviateHome(Path dataDir, Path home) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        if (home != null && absolute.startsWith(home) && !absolute.equals(home)) {
            return "~/" + home.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString();
    }

    static String describeUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            try {
                URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
                String host = uri.getHost() == null ? "localhost" : uri.getHost();
                String port = uri.getPort() > 0 && uri.getPort() != 5432 ? ":" + uri.getPort() : "";
                String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
                return "PostgreSQL " + host + port + path;
            } catch (IllegalArgumentException e) {
                return "PostgreSQL";
            }
        }
        // other URLs may carry credentials in their parameters: show only the part before them
        int parameters = jdbcUrl.length();
        for (char separator : new char[] {';', '?'}) {
            int at = jdbcUrl.indexOf(separator);
            if (at >= 0) {
                parameters = Math.min(parameters, at);
            }
        }
        return jdbcUrl.substring(0, parameters);
    }
}
