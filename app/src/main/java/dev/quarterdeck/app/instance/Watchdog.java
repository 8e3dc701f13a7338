package dev.quarterdeck.app.instance;

import java.io.IOException;
import java.nio.channels.Channel;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds a blocking exchange in time by closing its channel when the time is up, which makes the blocked read
 * fail. Socket channels have no read timeout of their own (Unix-domain ones not even through an adaptor).
 */
final class Watchdog implements AutoCloseable {

    private static final ScheduledThreadPoolExecutor TIMER = createTimer();

    private final AtomicBoolean fired = new AtomicBoolean();
    private final ScheduledFuture<?> task;

    private Watchdog(Channel channel, Duration timeout) {
        this.task = TIMER.schedule(() -> {
            fired.set(true);
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing is all we wanted; a failure to close leaves nothing to clean up
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    static Watchdog guard(Channel channel, Duration timeout) {
        return new Watchdog(channel, timeout);
    }

    /** Whether the time ran out (and the channel was closed because of it). */
    boolean fired() {
        return fired.get();
    }

    @Override
    public void close() {
        task.cancel(false);
    }

    private static ScheduledThreadPoolExecutor createTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "quarterdeck-instance-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
