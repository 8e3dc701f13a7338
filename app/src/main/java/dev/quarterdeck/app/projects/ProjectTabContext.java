package dev.quarterdeck.app.projects;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What one tab of a project page gets to work with. Every tab is a class with a constructor
 * {@code (ProjectTabContext context)} and a {@code Node view()} method; the page builds a tab on first selection.
 *
 * @param projectId   the project the page shows
 * @param storeAccess the open store; call {@link #store()} only inside background work, never on the FX thread
 * @param background  runs store work off the FX thread (progress in the status bar)
 * @param clock       "today" for due dates, overdue flags and new records
 * @param onChanged   call after a successful write: reloads the page header, the portfolio and the sidebar
 * @param navigation  to show a record of another tab of the page (a risk's linked task)
 */
public record ProjectTabContext(UUID projectId, Supplier<Store> storeAccess, BackgroundTasks background,
        Clock clock, Runnable onChanged, ProjectNavigation navigation) {

    /** A context whose navigation requests go nowhere (a tab shown on its own). */
    public ProjectTabContext(UUID projectId, Supplier<Store> storeAccess, BackgroundTasks background, Clock clock,
            Runnable onChanged) {
        this(projectId, storeAccess, background, clock, onChanged, new ProjectNavigation());
    }

    public ProjectTabContext {
        Require.present(navigation, "navigation");
        Require.present(projectId, "projectId");
        Require.present(storeAccess, "storeAccess");
        Require.present(background, "background");
        Require.present(clock, "clock");
        Require.present(onChanged, "onChanged");
    }

    /** The open store. Background threads only. */
    public Store store() {
        return storeAccess.get();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who changes made from a project page are audited as. */
    public Actor actor() {
        return Actor.USER;
    }

    /**
     * Runs {@code work} as one store transaction in the background; on success hands the result to
     * {@code onDone} on the FX thread and then calls {@link #onChanged()}.
     */
    public <R> void write(String title, StoreWriter<R> work, Consumer<? super R> onDone,
            Consumer<? super Throwable> onFailure) {
        writeChange(title, work, (result, changeId) -> onDone.accept(result), onFailure);
    }

    /**
     * {@link #write}, handing {@code onDone} the id of the change as well: what
     * {@link dev.quarterdeck.core.store.Undo#undo(UUID)} reverts.
     */
    public <R> void writeChange(String title, StoreWriter<R> work, BiConsumer<? super R, UUID> onDone,
            Consumer<? super Throwable> onFailure) {
        background.run(title, () -> store().write(actor(), tx -> new Written<>(work.work(tx), tx.changeId())),
                written -> {
                    onDone.accept(written.result(), written.changeId());
                    onChanged.run();
                }, onFailure);
    }

    private record Written<R>(R result, UUID changeId) {
    }
}
