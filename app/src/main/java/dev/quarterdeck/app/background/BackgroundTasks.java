package dev.quarterdeck.app.background;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the app runs work off the UI thread. Work runs on the worker executor; the list of running jobs,
 * their progress and the result callbacks change only on the UI executor. {@link #forJavaFx()} is the real
 * thing; {@link #synchronous()} runs everything on the calling thread so models can be tested without a
 * toolkit.
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Executor worker;
    private final Executor ui;
    private final Runnable shutdown;
    private final ObservableList<BackgroundJob> running = FXCollections.observableArrayList();
    private final ObservableList<BackgroundJob> runningView = FXCollections.unmodifiableObservableList(running);
    private static final Duration GRACE = Duration.ofSeconds(2);
    private volatile boolean closed;

    public BackgroundTasks(Executor worker, Executor ui, Runnable shutdown) {
        this.worker = worker;
        this.ui = ui;
        this.shutdown = shutdown;
    }

    /** Two daemon worker threads (the machines we target have two cores); results on the JavaFX thread. */
    public static BackgroundTasks forJavaFx() {
        ExecutorService pool = Executors.newFixedThreadPool(2, daemonThreads());
        return new BackgroundTasks(pool, Platform::runLater, () -> stop(pool));
    }

    /**
     * Lets running work see its cancellation and end (briefly) before interrupting it: an interrupt during file
     * I/O makes H2 close its database file, so the store's own close could no longer tidy it.
     */
    private static void stop(ExecutorService pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.info("Background work still running after {} ms; interrupting it", GRACE.toMillis());
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Runs work and callbacks at once on the calling thread: the double for model tests. */
    public static BackgroundTasks synchronous() {
        return new BackgroundTasks(Runnable::run, Runnable::run, () -> {
        });
    }

    /** Jobs submitted and not yet finished, oldest first. Changes on the UI thread only. */
    public ObservableList<BackgroundJob> running() {
        return runningView;
    }

    public <T> BackgroundJob run(String title, Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        return run(title, progress -> work.call(), onSuccess, onFailure);
    }

    public <T> BackgroundJob run(String title, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        BackgroundJob job = new BackgroundJob(title, ui);
        if (closed) {
            // the app is closing: a callback that asks for more work gets a job that never runs
            job.cancel();
            return job;
        }
        job.onCancel(() -> running.remove(job));
        ui.execute(() -> running.add(job));
        worker.execute(() -> execute(job, work, onSuccess, onFailure));
        return job;
    }

    private <T> void execute(BackgroundJob job, Work<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        if (job.isCancelled()) {
            return;
        }
        try {
            T result = work.run(job);
            ui.execute(() -> complete(job, JobState.SUCCEEDED, () -> onSuccess.accept(result)));
        } catch (Exception | LinkageError | AssertionError e) {
            if (!job.isCancelled()) {
                LOG.warn("Background job '{}' failed", job.title(), e);
            }
            ui.execute(() -> complete(job, JobState.FAILED, () -> onFailure.accept(e)));
        }
    }

    private void complete(BackgroundJob job, JobState outcome, Runnable callback) {
        running.remove(job);
        if (job.isCancelled() || !job.finish(outcome)) {
            job.finish(JobState.CANCELLED);
            return;
        }
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.error("Handling the result of '{}' failed", job.title(), e);
        }
    }

    @Override
    public void close() {
        closed = true;
        shutdown.run();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "quarterdeck-background-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
