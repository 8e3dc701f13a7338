package dev.quarterdeck.core.store;

import dev.quarterdeck.core.common.Require;
import java.nio.file.Path;

/**
 * Where the store lives: a JDBC URL for H2 (the local default) or PostgreSQL (team mode), with credentials.
 * {@link #toString()} never shows the password.
 */
public record StoreConfig(String jdbcUrl, String user, String password) {

    /** File name of the H2 database inside the data folder; H2 adds {@code .mv.db}. */
    public static final String H2_DATABASE_NAME = "quarterdeck";

    /**
     * H2 settings, each chosen so that a transaction whose commit returned survives the process being killed
     * (SIGKILL, a crash); CrashTest checks exactly that. Surviving a power cut would also need an fsync per
     * commit, which H2 does not offer.
     * <ul>
     *   <li>{@code WRITE_DELAY=0}: H2 2.x (MVStore) otherwise keeps committed changes in memory and writes them
     *       from a background thread up to 500 ms later. With 0, every commit writes its chunk to the file
     *       before {@code commit()} returns (one file write per transaction, affordable for one user).</li>
     *   <li>{@code REUSE_SPACE=FALSE}: new chunks are appended instead of written into free space inside the
     *       file. With reuse on, CrashTest lost the last commit before a kill in about one round in twenty
     *       (H2 2.5.252); with appending it lost none in 120 rounds. The file then only grows while open, so
     *       {@link Store#close()} compacts it when it is mostly dead space.</li>
     * </ul>
     * The rest stays at the defaults on purpose: the file lock (FS, an OS lock on the .mv.db file that the OS
     * releases when the process dies, so a crash leaves no stale lock) keeps a second process out. The first
     * commit after opening the file needs one more measure, see {@code Store.open}.
     */
    private static final String H2_OPTIONS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE";

    public StoreConfig {
        jdbcUrl = Require.text(jdbcUrl, "jdbcUrl", 2_000);
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported, "
                    + "not " + jdbcUrl);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The local store: an H2 file database {@value #H2_DATABASE_NAME} inside {@code dataDir}. */
    public static StoreConfig h2File(Path dataDir) {
        Require.present(dataDir, "dataDir");
        String path = dataDir.toAbsolutePath().normalize().resolve(H2_DATABASE_NAME).toString();
        if (path.contains(";")) {
            // H2 reads ';' in a URL as the start of its settings.
            throw new IllegalArgumentException("the data folder path must not contain ';': " + dataDir);
        }
        return new StoreConfig("jdbc:h2:file:" + path + H2_OPTIONS, "sa", "");
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** A short human description of the location, e.g. "H2 /home/me/.local/share/quarterdeck" (no secrets). */
    public String describe() {
        if (isH2()) {
            String rest = jdbcUrl.substring("jdbc:h2:".length());
            int options = rest.indexOf(';');
            String location = options < 0 ? rest : rest.substring(0, options);
            return "H2 " + (location.startsWith("file:") ? location.substring("file:".length()) : location);
        }
        String rest = jdbcUrl.substring("jdbc:postgresql:".length());
        int query = rest.indexOf('?');
        String location = query < 0 ? rest : rest.substring(0, query);
        return "PostgreSQL " + (location.startsWith("//") ? location.substring(2) : location);
    }

    @Override
    public String toString() {
        return "StoreConfig[" + jdbcUrl + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***") + "]";
    }
}
