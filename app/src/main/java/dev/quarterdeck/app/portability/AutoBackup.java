package dev.quarterdeck.app.portability;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.backup.Backups;
import dev.quarterdeck.core.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic daily backup: a few minutes after start (never during it) and then every hour, checks whether
 * the newest backup is a day old and, if so, takes one as a background job. Team mode has no local file to back
 * up; the check says so once in the log and stops.
 */
public final class AutoBackup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);
    static final long FIRST_CHECK_MINUTES = 3;
    static final long CHECK_EVERY_MINUTES = 60;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quarterdeck-auto-backup");
        thread.setDaemon(true);
        return thread;
    });
    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Backups backups;

    public AutoBackup(BackgroundTasks background, Supplier<Store> store, Path dataDir, Clock clock) {
        this.background = background;
        this.store = store;
        this.backups = new Backups(dataDir, clock);
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::checkNow, FIRST_CHECK_MINUTES, CHECK_EVERY_MINUTES, TimeUnit.MINUTES);
    }

    /** Takes the backup when one is due; runs on the timer thread, the backup itself as a background job. */
    void checkNow() {
        try {
            Store open = store.get();
            if (!open.config().isH2()) {
                LOG.info("Automatic backups are off in team mode: back up the PostgreSQL server instead");
                timer.shutdown();
                return;
            }
            if (!backups.isDue()) {
                return;
            }
            background.run("Daily backup", progress -> {
                progress.update(-1, "writing the backup");
                return backups.backUp(open);
            }, backup -> LOG.info("Daily backup {}", backup.file()),
                    failure -> LOG.warn("The daily backup failed: {}", failure.getMessage()));
        } catch (RuntimeException | java.io.IOException e) {
            LOG.warn("Could not check for a due backup: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
