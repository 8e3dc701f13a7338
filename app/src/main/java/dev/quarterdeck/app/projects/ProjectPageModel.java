package dev.quarterdeck.app.projects;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.agent.AgentModel;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.project.DeletedProject;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectRemoval;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One project's page: loads the project's records in the background when asked to show a project, hands each tab
 * a {@link ProjectTabContext}, and deletes the project (undoably) when asked.
 */
public final class ProjectPageModel {

    /** Events the Overview lists under "Latest activity". */
    static final int LATEST_ACTIVITY = 6;

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Clock clock;
    private final Runnable workspaceChanged;
    private Supplier<AgentModel> agentModel = AgentModel::none;
    private final ReadOnlyObjectWrapper<ProjectPage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyObjectWrapper<List<AuditEvent>> activity = new ReadOnlyObjectWrapper<>(this, "activity",
            List.of());
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private UUID requested;

    /**
     * @param workspaceChanged reloads what the rest of the window shows (portfolio, sidebar) after a write
     */
    public ProjectPageModel(BackgroundTasks background, Supplier<Store> store, Clock clock,
            Runnable workspaceChanged) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        this.workspaceChanged = workspaceChanged;
    }

    public ProjectPageModel(BackgroundTasks background, Supplier<Store> store, Clock clock) {
        this(background, store, clock, () -> {
        });
    }

    public ReadOnlyObjectProperty<ProjectPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The newest audit events of the shown project, newest first. */
    public ReadOnlyObjectProperty<List<AuditEvent>> activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** Why the page could not be shown, empty while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BackgroundTasks background() {
        return background;
    }

    public Supplier<Store> storeAccess() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    /** The language model document analysis asks (read when an analysis starts, so Settings changes apply). */
    public void useAgentModel(Supplier<AgentModel> model) {
        this.agentModel = model;
    }

    public Supplier<AgentModel> agentModel() {
        return agentModel;
    }

    public UUID requested() {
        return requested;
    }

    public void show(UUID projectId) {
        requested = projectId;
        if (page.get() != null && !page.get().project().id().equals(projectId)) {
            page.set(null);
            activity.set(List.of());
        }
        problem.set("");
        LocalDate today = LocalDate.now(clock);
        background.run("Loading project", () -> store.get().projects().find(projectId)
                .map(project -> new Loaded(ProjectPage.of(ProjectRecords.read(store.get(), project), today),
                        store.get().audit().listForProject(projectId, LATEST_ACTIVITY))),
                loaded -> {
                    if (projectId.equals(requested)) {
                        loaded.ifPresentOrElse(l -> {
                            activity.set(l.activity());
                            page.set(l.page());
                        }, () -> problem.set("This project no longer exists."));
                    }
                },
                failure -> {
                    if (projectId.equals(requested)) {
                        problem.set("Could not load the project: " + failure.getMessage());
                    }
                });
    }

    private record Loaded(ProjectPage page, List<AuditEvent> activity) {
    }

    /** Loads the shown project again (after the workspace changed). */
    public void reload() {
        if (requested != null) {
            show(requested);
        }
    }

    /** What a tab of the shown project works with; its writes reload this page and the portfolio. */
    public ProjectTabContext context(UUID projectId) {
        return new ProjectTabContext(projectId, store, background, clock, this::changed, new ProjectNavigation());
    }

    /** After a write: this page and the rest of the window show the new state. */
    public void changed() {
        reload();
        workspaceChanged.run();
    }

    /** Deletes the project with all its records; hands the receipt (for undo) or the failure back. */
    public void delete(Project project, Consumer<DeletedProject> onDeleted, Consumer<String> onFailure) {
        background.run("Deleting " + project.code(),
                () -> new ProjectRemoval(store.get()).delete(Actor.USER, project),
                deleted -> {
                    workspaceChanged.run();
                    onDeleted.accept(deleted);
                },
                failure -> onFailure.accept("Could not delete " + project.code() + ": " + failure.getMessage()));
    }

    /** Undo of {@link #delete}: restores the project from the audit trail. */
    public void restore(DeletedProject deleted, Consumer<Project> onRestored, Consumer<String> onFailure) {
        background.run("Restoring " + deleted.code(),
                () -> new ProjectRemoval(store.get()).restore(deleted),
                restored -> {
                    workspaceChanged.run();
                    onRestored.accept(restored);
                },
                failure -> onFailure.accept(failure.getMessage()));
    }

}
