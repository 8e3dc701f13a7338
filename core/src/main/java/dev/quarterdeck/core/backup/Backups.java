package dev.quarterdeck.core.backup;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the local H2 store in {@code <data folder>/backups}: zip files named by the time they were taken
 * ({@code quarterdeck-20261122T033000123Z.zip}), newest {@value #KEEP} kept. Taking one is online and consistent
 * (the store stays open); restoring one replaces the database file and therefore needs the store closed.
 * Team mode (PostgreSQL) has no local file: {@link #backUp} refuses with a message that says so. Thread-safe
 * as far as the file system is: one backup at a time is the caller's job (the app runs them as background jobs).
 */
public final class Backups {

    /** How many backups are kept; older ones are deleted after each new one. */
    public static final int KEEP = 7;
    /** The automatic backup runs when the newest one is at least this old. */
    public static final Duration INTERVAL = Duration.ofDays(1);

    static final String FOLDER = "backups";
    private static final String PREFIX = "quarterdeck-";
    private static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String DATABASE_ENTRY = StoreConfig.H2_DATABASE_NAME + ".mv.db";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    /** One backup file. */
    public record Backup(Path file, Instant takenAt, long sizeBytes) {
    }

    private final Path dataDir;
    private final Path folder;
    private final Clock clock;

    public Backups(Path dataDir, Clock clock) {
        this.dataDir = Require.present(dataDir, "dataDir").toAbsolutePath();
        this.folder = this.dataDir.resolve(FOLDER);
        this.clock = Require.present(clock, "clock");
    }

    public Path folder() {
        return folder;
    }

    /** Takes a backup of the open store now, then deletes all but the newest {@value #KEEP}. */
    public Backup backUp(Store store) throws IOException {
        Files.createDirectories(folder);
        Instant now = clock.instant();
        Path target = folder.resolve(PREFIX + STAMP.format(now) + SUFFIX);
        while (Files.exists(target)) { // two within one millisecond: never overwrite a backup
            now = now.plusMillis(1);
            target = folder.resolve(PREFIX + STAMP.format(now) + SUFFIX);
        }
        // H2 writes the zip itself; a temporary name keeps a half-written file out of list().
        Path temp = folder.resolve("." + target.getFileName() + ".part");
        long started = System.nanoTime();
        try {
            store.backupTo(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        LOG.info("Backup {} written in {} ms", target.getFileName(), (System.nanoTime() - started) / 1_000_000);
        prune();
        return new Backup(target, now, Files.size(target));
    }

    /** Every backup, newest first. */
    public List<Backup> list() throws IOException {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                takenAt(file).ifPresent(at -> backups.add(new Backup(file, at, sizeOf(file))));
            }
        }
        backups.sort(Comparator.comparing(Backup::takenAt).reversed());
        return backups;
    }

    /** True when there is no backup yet, or the newest is at least {@link #INTERVAL} old. */
    public boolean isDue() throws IOException {
        List<Backup> backups = list();
        return backups.isEmpty() || !backups.get(0).takenAt().plus(INTERVAL).isAfter(clock.instant());
    }

    /** Deletes all but the newest {@value #KEEP} backups; returns the deleted files. */
    public List<Path> prune() throws IOException {
        List<Path> deleted = new ArrayList<>();
        List<Backup> backups = list();
        for (Backup old : backups.subList(Math.min(KEEP, backups.size()), backups.size())) {
            Files.deleteIfExists(old.file());
            deleted.add(old.file());
        }
        return deleted;
    }

    /**
     * Replaces the database file in the data folder with the one in {@code backup}. The store on this data folder
     * must be closed. The backup is checked first (a zip holding an H2 database file), unpacked next to the
     * database and then moved over it, so a bad or unreadable backup leaves the current database untouched.
     *
     * @throws IOException when the file is not a Quarterdeck backup or cannot be read
     */
    public void restore(Path backup) throws IOException {
        Path database = dataDir.resolve(DATABASE_ENTRY);
        Path unpacked = dataDir.resolve("." + DATABASE_ENTRY + ".restoring");
        try {
            unpackDatabase(backup, unpacked);
            Files.move(unpacked, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(unpacked);
        }
        LOG.info("Restored {} from {}", database, backup);
    }

    /**
     * The whole restore for an open store: backs up the current state first (so the restore can be undone),
     * closes the store, replaces the database file with {@code backup}, and opens it again with {@code opener}.
     * When the restored file does not open (or fails its integrity check), the state from before is put back and
     * opened instead, and the failure is thrown as an {@link IOException} carrying that store's
     * {@link RestoreFailed#reopened()} so the caller can go on using it.
     *
     * @return the store opened on the restored data
     */
    public Store restore(Store open, Path backup, Function<StoreConfig, Store> opener) throws IOException {
        StoreConfig config = open.config();
        if (!config.isH2()) {
            throw new UnsupportedOperationException("Team mode: restore the PostgreSQL database with the server's "
                    + "tools; Quarterdeck restores only its own H2 file");
        }
        checkIsBackup(backup);
        Backup before = backUp(open);
        open.close();
        try {
            restore(backup);
            Store restored = opener.apply(config);
            List<String> problems = restored.integrityCheck();
            if (!problems.isEmpty()) {
                restored.close();
                throw new IOException("the restored database is damaged: " + problems.get(0));
            }
            return restored;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Restore from {} failed; putting back {}", backup, before.file(), e);
            restore(before.file());
            throw new RestoreFailed("Restore failed (" + e.getMessage() + "); the workspace is as it was before",
                    e, opener.apply(config));
        }
    }

    /** Thrown by {@link #restore(Store, Path, Function)} after the state from before the restore was put back. */
    public static final class RestoreFailed extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Store reopened;

        RestoreFailed(String message, Throwable cause, Store reopened) {
            super(message, cause);
            this.reopened = reopened;
        }

        /** The store opened on the state from before the restore. */
        public Store reopened() {
            return reopened;
        }
    }

    /** Checks that {@code backup} is a Quarterdeck backup without touching the database. */
    public static void checkIsBackup(Path backup) throws IOException {
        Path probe = Files.createTempFile("quarterdeck-restore-check", ".mv.db");
        try {
            unpackDatabase(backup, probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static void unpackDatabase(Path backup, Path target) throws IOException {
        boolean found = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DATABASE_ENTRY)) {
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                    break;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new IOException(backup.getFileName() + " is not a Quarterdeck backup (not a zip file)", e);
        }
        if (!found) {
            throw new IOException(backup.getFileName() + " is not a Quarterdeck backup (no " + DATABASE_ENTRY
                    + " inside)");
        }
        try (InputStream in = Files.newInputStream(target)) {
            byte[] header = in.readNBytes(4);
            // Every H2 MVStore file starts with its header block "H:2,…".
            if (header.length < 4 || header[0] != 'H' || header[1] != ':' || header[2] != '2' || header[3] != ',') {
                throw new IOException(backup.getFileName() + " does not hold an H2 database file");
            }
        }
    }

    private static Optional<Instant> takenAt(Path file) {
        String name = file.getFileName().toString();
        String stamp = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
        try {
            return Optional.of(Instant.from(STAMP.parse(stamp)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
