package dev.quarterdeck.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asked for, after parsing and data-folder resolution. The single hand-over from the
 * command-line entry point to the window.
 *
 * @param dataDir       the data folder (settings, H2 database, logs, instance socket)
 * @param databaseUrl   a JDBC URL for team mode; empty means the embedded H2 file in {@code dataDir}
 * @param demo          create the demo workspace when the store is empty
 * @param startupReport print the milliseconds from JVM start to the first frame with data, then exit
 */
public record LaunchOptions(Path dataDir, Optional<String> databaseUrl, boolean demo, boolean startupReport) {

    public LaunchOptions {
        if (dataDir == null) {
            throw new IllegalArgumentException("dataDir is required");
        }
        if (databaseUrl == null) {
            throw new IllegalArgumentException("databaseUrl must be Optional.empty(), not null");
        }
    }
}
