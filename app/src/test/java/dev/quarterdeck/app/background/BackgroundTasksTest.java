package dev.quarterdeck.app.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {

    /** A UI "thread" the test pumps by hand, so it can look at the state between worker and UI steps. */
    private final ConcurrentLinkedQueue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();
    private final ExecutorService workerPool = Executors.newSingleThreadExecutor();
    private final BackgroundTasks tasks = new BackgroundTasks(workerPool, uiQueue::add, workerPool::shutdownNow);

    @AfterEach
    void stop() throws InterruptedException {
        workerPool.shutdown();
        assertThat(workerPool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        tasks.close();
    }

    private void pumpUi() {
        Runnable next;
        while ((next = uiQueue.poll()) != null) {
            next.run();
        }
    }

    @Test
    void synchronousDoubleDeliversTheResultAtOnce() {
        BackgroundTasks sync = BackgroundTasks.synchronous();
        List<String> results = new ArrayList<>();

        BackgroundJob job = sync.run("answer", () -> "42", results::add, e -> results.add("failed"));

        assertThat(results).containsExactly("42");
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(job.progressProperty().get()).isEqualTo(1.0);
        assertThat(sync.running()).isEmpty();
    }

    @Test
    void failureGoesToTheFailureCallbackOnly() {
        BackgroundTasks sync = BackgroundTasks.synchronous();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Object> successes = new ArrayList<>();

        BackgroundJob job = sync.run("broken", () -> {
            throw new IllegalStateException("database locked");
        }, successes::add, failure::set);

        assertThat(successes).isEmpty();
        assertThat(failure.get()).hasMessage("database locked");
        assertThat(job.state()).isEqualTo(JobState.FAILED);
    }

    @Test
    void runningJobIsListedWithItsProgressUntilTheResultIsDelivered() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> results = new ArrayList<>();

        BackgroundJob job = tasks.run("Importing", progress -> {
            progress.update(0.25, "projects");
            progress.update(0.5, "tasks");
            reported.countDown();
            release.await(5, TimeUnit.SECONDS);
            return 7;
        }, results::add, e -> { });

        assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
        pumpUi();
        assertThat(tasks.running()).containsExactly(job);
        assertThat(job.progressProperty().get()).isEqualTo(0.5);
        assertThat(job.messageProperty().get()).isEqualTo("tasks");
        assertThat(results).isEmpty();

        release.countDown();
        workerPool.shutdown();
        assertThat(workerPool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        pumpUi();
        assertThat(results).containsExactly(7);
        assertThat(tasks.running()).isEmpty();
        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    void cancelledJobLeavesTheListAtOnceAndItsResultIsDropped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> delivered = new ArrayList<>();

        BackgroundJob job = tasks.run("Slow", progress -> {
            started.countDown();
            release.await(5, TimeUnit.SECONDS);
            return progress.isCancelled() ? "saw cancel" : "finished";
        }, delivered::add, e -> delivered.add("failure"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        pumpUi();

        job.cancel();
        assertThat(job.isCancelled()).isTrue();
        pumpUi();
        assertThat(tasks.running()).isEmpty();
        assertThat(job.state()).isEqualTo(JobState.CANCELLED);

        release.countDown();
        workerPool.shutdown();
        assertThat(workerPool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        pumpUi();
        assertThat(delivered).isEmpty();
        assertThat(job.state()).isEqualTo(JobState.CANCELLED);
    }

    @Test
    void progressUpdatesAreCoalescedIntoOneUiStep() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        tasks.run("Chatty", progress -> {
            for (int i = 1; i <= 1000; i++) {
                progress.update(i / 1000.0, "row " + i);
            }
            done.countDown();
            release.await(5, TimeUnit.SECONDS);
            return null;
        }, r -> { }, e -> { });
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();

        // one task to add the job to the list, then one per burst of progress
        assertThat(uiQueue.size()).isLessThanOrEqualTo(3);
        pumpUi();
        assertThat(tasks.running().get(0).messageProperty().get()).isEqualTo("row 1000");
        release.countDown();
    }

    @Test
    void workAskedForAfterCloseNeverRunsAndIsCancelled() {
        tasks.close();
        List<String> results = new ArrayList<>();

        BackgroundJob job = tasks.run("late", () -> "ran", results::add, e -> results.add("failed"));
        pumpUi();

        assertThat(job.state()).isEqualTo(JobState.CANCELLED);
        assertThat(results).isEmpty();
        assertThat(tasks.running()).isEmpty();
    }
}
