package dev.quarterdeck.app.background;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One submitted piece of background work as the UI sees it. Its properties change only on the UI executor;
 * the worker reports through {@link Progress}, and updates are coalesced so a chatty job cannot flood the
 * UI thread.
 */
public final class BackgroundJob implements Progress {

    private record Update(double fraction, String message) {
    }

    private final String title;
    private final Executor ui;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Update> pendingUpdate = new AtomicReference<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<JobState> state = new ReadOnlyObjectWrapper<>(this, "state", JobState.RUNNING);
    private Runnable onCancel = () -> {
    };

    BackgroundJob(String title, Executor ui) {
        this.title = title;
        this.ui = ui;
    }

    public String title() {
        return title;
    }

    /** A fraction in [0, 1], or negative while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JobState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public JobState state() {
        return state.get();
    }

    /**
     * Asks the work to stop and drops its result. Cancellation is cooperative: worker threads are never
     * interrupted, because an interrupt during file I/O makes H2 close its database file.
     */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            ui.execute(() -> {
                if (!state.get().isFinished()) {
                    state.set(JobState.CANCELLED);
                    onCancel.run();
                }
            });
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void update(double fraction, String text) {
        double clamped = fraction < 0 ? -1 : Math.min(1, fraction);
        if (pendingUpdate.getAndSet(new Update(clamped, text == null ? "" : text)) == null) {
            ui.execute(() -> {
                Update latest = pendingUpdate.getAndSet(null);
                if (latest != null && !state.get().isFinished()) {
                    progress.set(latest.fraction());
                    message.set(latest.message());
                }
            });
        }
    }

    void onCancel(Runnable action) {
        this.onCancel = action;
    }

    /** Called on the UI executor. Returns false when the job was cancelled meanwhile and the outcome must be dropped. */
    boolean finish(JobState outcome) {
        if (state.get().isFinished()) {
            return false;
        }
        if (outcome == JobState.SUCCEEDED) {
            progress.set(1);
        }
        state.set(outcome);
        return true;
    }

    @Override
    public String toString() {
        return "BackgroundJob[" + title + ", " + state.get() + "]";
    }
}
