package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.background.BackgroundJob;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.background.JobState;
import dev.quarterdeck.app.background.Work;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up and the open store: opens the store in the background, creates the demo workspace when asked (or
 * offers the welcome screen on an empty store), loads the workspace data and hands it to the shell. All store
 * work runs through {@link BackgroundTasks}; the FX thread never touches the database.
 */
public final class WorkspaceSession implements AutoCloseable {

    /** Opens the store; in the app {@code () -> Store.open(config)}. */
    @FunctionalInterface
    public interface StoreOpener {
        Store open() throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSession.class);

    private final BackgroundTasks background;
    private final StoreOpener opener;
    private final Clock clock;
    private final ShellModel shell;
    private final Consumer<WorkspaceData> onLoaded;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private volatile Store store;

    public WorkspaceSession(BackgroundTasks background, StoreOpener opener, Clock clock, ShellModel shell,
            Consumer<WorkspaceData> onLoaded) {
        this.background = background;
        this.opener = opener;
        this.clock = clock;
        this.shell = shell;
        this.onLoaded = onLoaded;
    }

    /**
     * Opens the store and, in the same background job, loads the workspace; an empty store gets the demo first
     * when {@code demo}, else the welcome screen.
     */
    public void start(boolean demo) {
        start(progress -> WorkspaceOpening.open(opener, demo, clock, progress), () -> { });
    }

    /** Takes over an opening begun before the toolkit started; shows its progress and lets it be cancelled. */
    public void start(WorkspaceOpening early) {
        start(progress -> early.await(), early::abandon);
    }

    private void start(Work<WorkspaceOpening.Opened> opening, Runnable onCancel) {
        shell.loading();
        busy.set(true);
        BackgroundJob job = background.run("Opening workspace", progress -> {
            WorkspaceOpening.Opened opened = opening.run(progress);
            store = opened.store();
            return opened.data();
        }, loaded -> loaded.ifPresentOrElse(this::show, () -> {
            busy.set(false);
            shell.offerWelcome();
        }), this::fail);
        job.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.CANCELLED) {
                onCancel.run();
            }
        });
        failWhenCancelled(job);
    }

    /** The welcome screen's "Create demo workspace". */
    public void createDemo() {
        Store opened = requireStore();
        busy.set(true);
        BackgroundJob job = background.run("Creating demo workspace", progress -> {
            progress.update(-1, "");
            if (opened.isEmpty()) {
                WorkspaceOpening.importDemo(opened, clock);
            }
            return null;
        }, done -> load(), this::fail);
        failWhenCancelled(job);
    }

    /** The welcome screen's "Start empty": show the (empty) workspace. */
    public void startEmpty() {
        busy.set(true);
        load();
    }

    /** Reads the workspace again and hands it to the shell. */
    public void load() {
        Store opened = requireStore();
        busy.set(true);
        BackgroundJob job = background.run("Loading workspace", () -> WorkspaceOpening.read(opened, clock), this::show,
                this::fail);
        failWhenCancelled(job);
    }

    private void show(WorkspaceData data) {
        busy.set(false);
        shell.ready(data.sidebar(), data.counts());
        onLoaded.accept(data);
    }

    /** Start-up work cancelled from the status bar leaves nothing to show: say so instead of spinning forever. */
    private void failWhenCancelled(BackgroundJob job) {
        job.stateProperty().addListener((obs, old, state) -> {
            if (state == JobState.CANCELLED && shell.phase() != ShellPhase.READY) {
                fail(new IllegalStateException(job.title() + " was cancelled. Start Quarterdeck again to open "
                        + "your workspace."));
            }
        });
    }

    /** True while start-up work runs (the welcome buttons are disabled meanwhile). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The open store; only valid once start-up got past opening it. */
    public Store requireStore() {
        return Objects.requireNonNull(store, "the store is not open yet");
    }

    /** Uses {@code replacement} from now on: the store reopened after a restore (the old one is closed). */
    public void adopt(Store replacement) {
        this.store = Objects.requireNonNull(replacement, "replacement");
    }

    private void fail(Throwable failure) {
        busy.set(false);
        shell.failed(describe(failure));
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            message = failure.getClass().getSimpleName();
        }
        return message.strip();
    }

    @Override
    public void close() {
        Store opened = store;
        store = null;
        if (opened != null) {
            try {
                opened.close();
            } catch (Exception e) {
                LOG.warn("Closing the store failed", e);
            }
        }
    }
}
