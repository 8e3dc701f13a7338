package dev.quarterdeck.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the H2 file back its dead space on close. The store appends every chunk (REUSE_SPACE=FALSE, see
 * {@link StoreConfig}), so a session leaves the file larger by what it wrote; when most of the file is dead
 * space, {@code SHUTDOWN COMPACT} rewrites the live data into a new file (about half a second for 20 MB) and
 * swaps it in, leaving the old file intact if the process dies meanwhile.
 */
final class H2Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(H2Compaction.class);

    /** Compact when less than this share (percent) of the chunks' space is live. */
    static final int FILL_RATE_THRESHOLD = 50;

    /** Small files are not worth a compaction at every exit. */
    static final long MIN_FILE_BYTES = 2L * 1024 * 1024;

    private H2Compaction() {
    }

    /**
     * Compacts the database when that pays, which also closes it (connections from {@code dataSource} are dead
     * afterwards); returns whether it did.
     */
    static boolean closeCompactingIfWorthIt(Jdbi jdbi, DataSource dataSource) throws SQLException {
        boolean worthIt = jdbi.withHandle(handle -> {
            Map<String, String> info = handle.createQuery("""
                    SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS
                    WHERE SETTING_NAME IN ('info.CHUNKS_FILL_RATE', 'info.FILE_SIZE')
                    """)
                    .map((r, ctx) -> Map.entry(r.getString(1), r.getString(2)))
                    .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            int fillRate = Integer.parseInt(info.getOrDefault("info.CHUNKS_FILL_RATE", "100"));
            long fileBytes = Long.parseLong(info.getOrDefault("info.FILE_SIZE", "0"));
            LOG.debug("Store file {} bytes, {}% of chunk space live", fileBytes, fillRate);
            return fillRate < FILL_RATE_THRESHOLD && fileBytes >= MIN_FILE_BYTES;
        });
        if (!worthIt) {
            return false;
        }
        long started = System.nanoTime();
        // Plain JDBC: the statement ends the database, so there is no result for a statement API to read.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        LOG.info("Compacted the store in {} ms", (System.nanoTime() - started) / 1_000_000);
        return true;
    }
}
