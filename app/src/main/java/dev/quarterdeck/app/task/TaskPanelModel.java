package dev.quarterdeck.app.task;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.focus.DependencyCycleException;
import dev.quarterdeck.core.focus.ScoreFactor;
import dev.quarterdeck.core.focus.TaskActions;
import dev.quarterdeck.core.focus.TaskScore;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.StaleRecordException;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The task panel (a drawer on the right): every field of one task, editable and checked as typed, the score with
 * its breakdown, the blocking dependencies (add and remove; a circle is refused and named), and the source link.
 * Open it for any task with {@link #open(UUID)} — Focus cards do on double-click or Enter, the graph on selection.
 */
public final class TaskPanelModel {

    /** A dependency as the panel lists it: the other task, and whether it blocks this one or is blocked by it. */
    public record Dependency(TaskLink link, UUID otherTaskId, String otherTitle, boolean blocksThis) {
    }

    /** What {@link #open} read, handed to the FX thread in one piece. */
    private record Loaded(Task task, Map<String, UUID> projectsByCode, String projectCode, TaskScore score,
            List<Dependency> dependencies) {
    }

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Supplier<TaskActions> actions;
    private final Runnable onChanged;
    private Consumer<String> browser = url -> { };

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", false);
    private final ObjectProperty<Task> task = new SimpleObjectProperty<>(this, "task");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObjectProperty<TaskStatus> status = new SimpleObjectProperty<>(this, "status", TaskStatus.TODO);
    private final ObjectProperty<Horizon> horizon = new SimpleObjectProperty<>(this, "horizon", Horizon.LATER);
    private final BooleanProperty pinned = new SimpleBooleanProperty(this, "pinned", false);
    private final ObjectProperty<LocalDate> due = new SimpleObjectProperty<>(this, "due");
    private final StringProperty estimate = new SimpleStringProperty(this, "estimate", "");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty projectCode = new SimpleStringProperty(this, "projectCode", "");
    private final StringProperty sourceUrl = new SimpleStringProperty(this, "sourceUrl", "");
    private final StringProperty scoreText = new SimpleStringProperty(this, "scoreText", "");
    private final ObservableList<String> breakdown = FXCollections.observableArrayList();
    private final ObservableList<Dependency> dependencies = FXCollections.observableArrayList();
    private final ObservableList<Task> candidates = FXCollections.observableArrayList();
    private final Map<String, StringProperty> errors = new HashMap<>();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty", false);
    private Map<String, UUID> projectsByCode = Map.of();
    private boolean loading;

    public TaskPanelModel(BackgroundTasks background, Supplier<Store> store, Supplier<TaskActions> actions,
            Runnable onChanged) {
        this.background = background;
        this.store = store;
        this.actions = actions;
        this.onChanged = onChanged;
        for (String field : List.of(TaskDraft.TITLE, TaskDraft.ESTIMATE, TaskDraft.OWNER, TaskDraft.PROJECT,
                TaskDraft.SOURCE_URL)) {
            errors.put(field, new SimpleStringProperty(this, field + "Error", ""));
        }
        for (var field : List.of(title, notes, estimate, owner, projectCode, sourceUrl)) {
            field.addListener((obs, old, now) -> edited());
        }
        for (var field : List.of(status, horizon, due)) {
            field.addListener((obs, old, now) -> edited());
        }
        pinned.addListener((obs, old, now) -> edited());
        // choosing a horizon by hand is a pin, as dragging the card is; otherwise the next proposal would undo it
        horizon.addListener((obs, old, now) -> {
            if (!loading && now != null) {
                pinned.set(true);
            }
        });
    }

    /** How "Open source" shows a link (the app passes HostServices.showDocument). */
    public void setBrowser(Consumer<String> browser) {
        this.browser = browser;
    }

    /** Shows the panel for a task, reading it in the background. FX thread. */
    public void open(UUID taskId) {
        message.set("");
        background.run("Opening task", () -> load(taskId), loaded -> {
            show(loaded);
            shown.set(true);
        }, failure -> {
            message.set(describe(failure));
            shown.set(true);
        });
    }

    /** Reads the open task again (after a change elsewhere); keeps the panel closed when it is closed. */
    public void refresh() {
        Task current = task.get();
        if (shown.get() && current != null && !dirty.get()) {
            background.run("Refreshing task", () -> load(current.id()), this::show, failure -> { });
        }
    }

    public void close() {
        shown.set(false);
        candidates.clear();
    }

    private Loaded load(UUID taskId) {
        Store s = store.get();
        Task found = s.tasks().find(taskId).orElseThrow(() -> new IllegalStateException("That task no longer exists"));
        Map<String, UUID> codes = s.projects().list().stream()
                .collect(Collectors.toUnmodifiableMap(Project::code, Project::id));
        String code = codes.entrySet().stream().filter(e -> e.getValue().equals(found.projectId()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        List<Dependency> links = new ArrayList<>();
        for (TaskLink link : s.links().listForTask(taskId)) {
            if (link.kind() != LinkKind.BLOCKS) {
                continue;
            }
            boolean blocksThis = link.toTaskId().equals(taskId);
            UUID other = blocksThis ? link.fromTaskId() : link.toTaskId();
            String otherTitle = s.tasks().find(other).map(Task::title).orElse("(deleted task)");
            links.add(new Dependency(link, other, otherTitle, blocksThis));
        }
        return new Loaded(found, codes, code, actions.get().scoring().score(taskId), links);
    }

    private void show(Loaded loaded) {
        loading = true;
        try {
            Task t = loaded.task();
            projectsByCode = loaded.projectsByCode();
            task.set(t);
            TaskDraft draft = TaskDraft.of(t, loaded.projectCode());
            title.set(draft.title());
            notes.set(draft.notes());
            status.set(draft.status());
            horizon.set(draft.horizon());
            pinned.set(draft.pinned());
            due.set(draft.due());
            estimate.set(draft.estimate());
            owner.set(draft.owner());
            projectCode.set(draft.projectCode());
            sourceUrl.set(draft.sourceUrl());
            TaskScore score = loaded.score();
            scoreText.set(t.isOpen() ? "Score " + Math.round(score.total()) + " of 100" : "Closed tasks score 0");
            breakdown.setAll(score.factors().stream()
                    .sorted((a, b) -> Double.compare(Math.abs(b.points()), Math.abs(a.points())))
                    .map(ScoreFactor::describe).toList());
            if (breakdown.isEmpty() && t.isOpen()) {
                breakdown.add(score.explain());
            }
            dependencies.setAll(loaded.dependencies());
            errors.values().forEach(e -> e.set(""));
            dirty.set(false);
        } finally {
            loading = false;
        }
    }

    private TaskDraft draft() {
        return new TaskDraft(title.get(), notes.get(), status.get(), horizon.get(), pinned.get(), due.get(),
                estimate.get(), owner.get(), projectCode.get(), sourceUrl.get());
    }

    private void edited() {
        if (loading) {
            return;
        }
        dirty.set(true);
        validate();
    }

    /** Checks every field; returns true when the draft can be saved. */
    boolean validate() {
        Map<String, String> problems = draft().problems(projectsByCode);
        errors.forEach((field, error) -> error.set(problems.getOrDefault(field, "")));
        return problems.isEmpty();
    }

    /** Saves the edits; a task changed elsewhere since it was opened is reported, not overwritten. */
    public void save() {
        Task stored = task.get();
        if (stored == null || !validate()) {
            return;
        }
        Task edited = draft().applyTo(stored, projectsByCode);
        background.run("Saving " + edited.title(), () -> {
            actions.get().save(edited);
            return load(edited.id());
        }, loaded -> {
            show(loaded);
            message.set("Saved");
            onChanged.run();
        }, failure -> message.set(failure instanceof StaleRecordException
                ? "Someone else changed this task since you opened it. Reload to see their version; your edits "
                        + "are still in the fields."
                : describe(failure)));
    }

    /** Drops the edits and shows the stored task. */
    public void reload() {
        Task current = task.get();
        if (current != null) {
            dirty.set(false);
            message.set("");
            background.run("Reloading task", () -> load(current.id()), this::show, f -> message.set(describe(f)));
        }
    }

    /** Tasks whose title contains the text, for choosing a dependency. */
    public void searchCandidates(String text) {
        Task current = task.get();
        if (current == null || text == null || text.isBlank()) {
            candidates.clear();
            return;
        }
        background.run("Searching tasks", () -> store.get().tasks().search(text, 8), found -> candidates.setAll(
                found.stream().filter(t -> !t.id().equals(current.id())).toList()), failure -> { });
    }

    /**
     * Adds a blocking dependency between the open task and {@code other}: {@code otherBlocksThis} means the other
     * task must be finished first. A dependency that would close a circle is refused with the circle named.
     */
    public void addDependency(UUID other, boolean otherBlocksThis) {
        Task current = task.get();
        if (current == null) {
            return;
        }
        UUID blocker = otherBlocksThis ? other : current.id();
        UUID blocked = otherBlocksThis ? current.id() : other;
        background.run("Adding dependency", () -> {
            actions.get().addDependency(blocker, blocked);
            return load(current.id());
        }, loaded -> {
            show(loaded);
            candidates.clear();
            message.set("");
            onChanged.run();
        }, failure -> message.set(failure instanceof DependencyCycleException cycle
                ? "Refused: that would make a circle \u2014 " + cycle.cycle()
                : describe(failure)));
    }

    public void removeDependency(Dependency dependency) {
        Task current = task.get();
        background.run("Removing dependency", () -> {
            actions.get().removeDependency(dependency.link());
            return load(current.id());
        }, loaded -> {
            show(loaded);
            onChanged.run();
        }, failure -> message.set(describe(failure)));
    }

    /** Opens the task's source (the e-mail, issue, document) in the browser. */
    public void openSource() {
        String url = sourceUrl.get();
        if (url != null && !url.isBlank() && errors.get(TaskDraft.SOURCE_URL).get().isEmpty()) {
            browser.accept(url.strip());
        }
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Optional<Task> task() {
        return Optional.ofNullable(task.get());
    }

    public ObjectProperty<Task> taskProperty() {
        return task;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObjectProperty<TaskStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<Horizon> horizonProperty() {
        return horizon;
    }

    public BooleanProperty pinnedProperty() {
        return pinned;
    }

    public ObjectProperty<LocalDate> dueProperty() {
        return due;
    }

    public StringProperty estimateProperty() {
        return estimate;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty projectCodeProperty() {
        return projectCode;
    }

    public StringProperty sourceUrlProperty() {
        return sourceUrl;
    }

    public StringProperty scoreTextProperty() {
        return scoreText;
    }

    public ObservableList<String> breakdown() {
        return breakdown;
    }

    public ObservableList<Dependency> dependencies() {
        return dependencies;
    }

    public ObservableList<Task> candidates() {
        return candidates;
    }

    /** The problem of one field ("title", "estimate", "owner", "project", "sourceUrl"), empty when none. */
    public StringProperty errorProperty(String field) {
        return errors.get(field);
    }

    /** A conflict, refusal or confirmation for the whole panel. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }
}
