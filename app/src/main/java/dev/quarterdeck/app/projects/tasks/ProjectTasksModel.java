package dev.quarterdeck.app.projects.tasks;

import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Tasks tab of a project: its tasks, a filter, and the edits a row allows (status, owner, due date, horizon,
 * complete) and adding a task. Every edit is one store write in the background; the row shows the stored result.
 */
public final class ProjectTasksModel {

    private final ProjectTabContext context;
    private final ObservableList<Task> tasks = FXCollections.observableArrayList();
    private final FilteredList<Task> shown = new FilteredList<>(tasks);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showFinished = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper loaded = new ReadOnlyStringWrapper(this, "loaded", "");

    /** The tasks the page already read, used for the first load instead of a second read; null: read them. */
    private java.util.List<Task> pageTasks;

    public ProjectTasksModel(ProjectTabContext context) {
        this(context, null);
    }

    public ProjectTasksModel(ProjectTabContext context, java.util.List<Task> pageTasks) {
        this.context = context;
        this.pageTasks = pageTasks;
        filter.addListener((obs, old, text) -> refilter());
        showFinished.addListener((obs, old, show) -> refilter());
    }

    public ObservableList<Task> shown() {
        return shown;
    }

    public ObservableList<Task> all() {
        return tasks;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showFinishedProperty() {
        return showFinished;
    }

    /** The last failed write or load, empty while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "12 open of 40" once loaded. */
    public ReadOnlyStringProperty countsProperty() {
        return loaded.getReadOnlyProperty();
    }

    public LocalDate today() {
        return context.today();
    }

    /**
     * Shows the project's tasks: the first time those the page has just read (the page reloads after every write,
     * so they are current), afterwards read from the store in the background.
     */
    public void load() {
        if (pageTasks != null) {
            tasks.setAll(pageTasks);
            pageTasks = null;
            counts();
            return;
        }
        context.background().run("Loading tasks", () -> context.store().tasks().listByProject(context.projectId()),
                list -> {
                    tasks.setAll(list);
                    counts();
                }, failure -> problem.set("Could not load the tasks: " + failure.getMessage()));
    }

    private void refilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        boolean finished = showFinished.get();
        shown.setPredicate(task -> (finished || task.isOpen()) && (text.isEmpty()
                || task.title().toLowerCase(Locale.ROOT).contains(text)
                || (task.owner() != null && task.owner().toLowerCase(Locale.ROOT).contains(text))));
    }

    private void counts() {
        long open = tasks.stream().filter(Task::isOpen).count();
        loaded.set(open + " open of " + tasks.size());
    }

    public void setStatus(Task task, TaskStatus status) {
        change(task, t -> t.withStatus(status, context.clock().instant()));
    }

    public void complete(Task task) {
        if (task.isOpen()) {
            setStatus(task, TaskStatus.DONE);
        }
    }

    public void setOwner(Task task, String owner) {
        change(task, t -> TaskEdits.owner(t, owner, context.clock().instant()));
    }

    public void setDue(Task task, LocalDate due) {
        change(task, t -> TaskEdits.due(t, due, context.clock().instant()));
    }

    /** The due date as typed in the table: ISO (2025-03-31) or blank to clear it. */
    public void setDue(Task task, String typed) {
        if (typed == null || typed.isBlank()) {
            setDue(task, (LocalDate) null);
            return;
        }
        try {
            setDue(task, LocalDate.parse(typed.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            problem.set("Due date must look like " + context.today() + ", was \"" + typed.strip() + "\".");
            int index = indexOf(task);
            if (index >= 0) {
                tasks.set(index, task);
            }
        }
    }

    public void setHorizon(Task task, Horizon horizon) {
        change(task, t -> t.withHorizon(horizon, true, context.clock().instant()));
    }

    /** Adds a task with this title (blank titles are ignored). */
    public void add(String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        Task task = TaskEdits.added(context.projectId(), title.strip(), context.clock().instant());
        context.write("Adding task", tx -> tx.insert(task), stored -> {
            problem.set("");
            tasks.add(0, stored);
            counts();
        }, failure -> problem.set("Task not added: " + failure.getMessage()));
    }

    private void change(Task task, UnaryOperator<Task> edit) {
        Task edited;
        try {
            edited = edit.apply(task);
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        context.write("Saving task", tx -> tx.update(edited), stored -> {
            problem.set("");
            int index = indexOf(task);
            if (index >= 0) {
                tasks.set(index, stored);
            }
            counts();
        }, failure -> {
            problem.set("Not saved: " + failure.getMessage());
            // the table shows the value the user typed; show the stored one again
            int index = indexOf(task);
            if (index >= 0) {
                tasks.set(index, task);
            }
        });
    }

    private int indexOf(Task task) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).id().equals(task.id())) {
                return i;
            }
        }
        return -1;
    }
}
