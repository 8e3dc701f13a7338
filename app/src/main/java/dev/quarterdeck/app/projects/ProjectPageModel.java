package dev.quarterdeck.app.projects;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One project's page: loads the project's records in the background when asked to show a project. */
public final class ProjectPageModel {

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ProjectPage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private UUID requested;

    public ProjectPageModel(BackgroundTasks background, Supplier<Store> store, Clock clock) {
        this.background = background;
        this.store = store;
        this.clock = clock;
    }

    public ReadOnlyObjectProperty<ProjectPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Why the page could not be shown, empty while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void show(UUID projectId) {
        requested = projectId;
        if (page.get() != null && !page.get().project().id().equals(projectId)) {
            page.set(null);
        }
        problem.set("");
        LocalDate today = LocalDate.now(clock);
        background.run("Loading project", () -> store.get().projects().find(projectId)
                .map(project -> ProjectPage.of(ProjectRecords.read(store.get(), project), today)),
                loaded -> {
                    if (projectId.equals(requested)) {
                        loaded.ifPresentOrElse(page::set, () -> problem.set("This project no longer exists."));
                    }
                },
                failure -> {
                    if (projectId.equals(requested)) {
                        problem.set("Could not load the project: " + failure.getMessage());
                    }
                });
    }

    /** Loads the shown project again (after the workspace changed). */
    public void reload() {
        if (requested != null) {
            show(requested);
        }
    }
}
