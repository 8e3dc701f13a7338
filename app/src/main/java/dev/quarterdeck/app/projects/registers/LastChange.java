package dev.quarterdeck.app.projects.registers;

import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.core.store.StoreWriter;
import dev.quarterdeck.core.store.Undo;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The newest change a register tab made, and its undo through the app's one {@link Undo}: writes go through
 * {@link #write}, which remembers the change's id; {@link #undo} reverts exactly that change (or says why it cannot,
 * for example when the record was changed elsewhere since). No controls: the tab shows the outcome.
 */
public final class LastChange {

    private final ProjectTabContext context;
    private final Runnable reload;
    private UUID changeId;
    private String description;

    /** @param reload shows the tab's records again (after an undo) */
    public LastChange(ProjectTabContext context, Runnable reload) {
        this.context = context;
        this.reload = reload;
    }

    /**
     * Runs {@code work} as one change (see {@link ProjectTabContext#write}) and remembers it, described as
     * {@code description} ("Added R-004"), for {@link #undo}.
     */
    public <R> void write(String title, String description, StoreWriter<R> work, Consumer<? super R> onDone,
            Consumer<? super Throwable> onFailure) {
        context.writeChange(title, work, (result, id) -> {
            changeId = id;
            this.description = description;
            onDone.accept(result);
        }, onFailure);
    }

    public boolean canUndo() {
        return changeId != null;
    }

    /** What the remembered change did, or empty. */
    public String description() {
        return description == null ? "" : description;
    }

    /**
     * Reverts the remembered change in the background; then the tab and the page reload and {@code onUndone} gets a
     * message for the notice. {@code onFailure} gets the reason when it cannot be undone (nothing is written then).
     */
    public void undo(Consumer<String> onUndone, Consumer<String> onFailure) {
        UUID target = changeId;
        if (target == null) {
            return;
        }
        String what = description();
        changeId = null;
        description = null;
        context.background().run("Undoing: " + what, () -> new Undo(context.store()).undo(target), change -> {
            reload.run();
            onUndone.accept("Undone: " + what);
            context.onChanged().run();
        }, failure -> onFailure.accept("Could not undo " + what + ": " + failure.getMessage()));
    }
}
