package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.background.Progress;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.demo.DemoWorkspace;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up path's store work: open the store, fill an empty one with the demo workspace when asked, and read
 * what the first frame shows. The window can {@link #begin} it before the JavaFX toolkit starts, so the two
 * overlap on the second core instead of the store waiting for the scene (about a second of start-up).
 */
public final class WorkspaceOpening {

    /** The open store and, unless it was empty (and no demo was asked for), the workspace to show. */
    public record Opened(Store store, Optional<WorkspaceData> data) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceOpening.class);
    static final Actor DEMO_ACTOR = Actor.system("demo");

    private final CompletableFuture<Opened> result;

    private WorkspaceOpening(CompletableFuture<Opened> result) {
        this.result = result;
    }

    /** Starts opening on a thread of its own (not the common pool, which reads the settings meanwhile). */
    public static WorkspaceOpening begin(WorkspaceSession.StoreOpener opener, boolean demo, Clock clock) {
        CompletableFuture<Opened> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(open(opener, demo, clock, Progress.NONE));
            } catch (Exception | LinkageError e) {
                result.completeExceptionally(e);
            }
        }, "quarterdeck-opening");
        thread.setDaemon(true);
        thread.start();
        return new WorkspaceOpening(result);
    }

    /** Waits for the opening begun earlier; rethrows its failure as it was thrown. */
    Opened await() throws Exception {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Start-up was cancelled while waiting: close the store once it arrives, nobody else will. */
    void abandon() {
        result.thenAccept(opened -> opened.store().close());
    }

    static Opened open(WorkspaceSession.StoreOpener opener, boolean demo, Clock clock, Progress progress)
            throws Exception {
        progress.update(-1, "opening the database");
        long started = System.nanoTime();
        Store store = opener.open();
        LOG.debug("Store opened in {} ms", (System.nanoTime() - started) / 1_000_000);
        try {
            boolean empty = store.isEmpty();
            if (empty && !demo) {
                return new Opened(store, Optional.empty());
            }
            if (empty) {
                progress.update(-1, "creating the demo workspace");
                importDemo(store, clock);
            }
            progress.update(-1, "loading");
            return new Opened(store, Optional.of(read(store, clock)));
        } catch (Exception | LinkageError e) {
            store.close();
            throw e;
        }
    }

    /** Fills a store with the demo workspace dated around today; the one way the app and the CLI create it. */
    public static WorkspaceSnapshot importDemo(Store store, Clock clock) {
        WorkspaceSnapshot demo = DemoWorkspace.create(LocalDate.now(clock), clock.getZone(), clock.instant());
        store.importSnapshot(DEMO_ACTOR, demo);
        return demo;
    }

    static WorkspaceData read(Store store, Clock clock) {
        long started = System.nanoTime();
        WorkspaceData data = WorkspaceData.load(store, clock);
        LOG.debug("Workspace loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        return data;
    }
}
