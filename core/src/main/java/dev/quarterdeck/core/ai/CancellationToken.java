package dev.quarterdeck.core.ai;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets one thread (the UI's Stop button) stop work running on another (a streaming answer). Work either polls
 * {@link #isCancelled()} or registers an action that interrupts it, such as closing a connection it is blocked on.
 * Thread-safe; a token is cancelled at most once and stays cancelled.
 */
public final class CancellationToken {

    private static final Logger log = LoggerFactory.getLogger(CancellationToken.class);

    /** Removes a registered action; closing it twice, or after cancellation, does nothing. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(CancellationToken::runQuietly);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} when the token is cancelled, or at once (on this thread) if it already is. */
    public Registration onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return () -> {
                    synchronized (this) {
                        actions.remove(action);
                    }
                };
            }
        }
        runQuietly(action);
        return () -> { };
    }

    /** One failing action must not keep the others from running, nor reach the thread that pressed Stop. */
    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("a cancellation action failed", e);
        }
    }
}
