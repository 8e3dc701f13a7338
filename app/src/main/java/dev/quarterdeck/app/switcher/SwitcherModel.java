package dev.quarterdeck.app.switcher;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quick switcher (Ctrl+K): as the query changes, projects are matched in memory at once and tasks are
 * searched in the store in the background; a result that arrives after the query moved on is dropped.
 * {@link #open()} hands the selected item to the navigation callback.
 */
public final class SwitcherModel {

    static final int TASK_LIMIT = 8;

    private final BackgroundTasks background;
    private final TaskSearch taskSearch;
    private final Consumer<SwitcherItem> onOpen;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SwitcherItem> results = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private List<Project> projects = List.of();
    private Map<UUID, String> codes = Map.of();
    private long generation;

    public SwitcherModel(BackgroundTasks background, TaskSearch taskSearch, Consumer<SwitcherItem> onOpen) {
        this.background = background;
        this.taskSearch = taskSearch;
        this.onOpen = onOpen;
        query.addListener((obs, old, text) -> refresh(text));
    }

    /** The projects to match against; called whenever the workspace is (re)loaded. */
    public void setProjects(List<Project> loaded) {
        projects = List.copyOf(loaded);
        codes = loaded.stream().collect(Collectors.toUnmodifiableMap(Project::id, Project::code));
        refresh(query.get());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SwitcherItem> results() {
        return results;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** Clears the query, for a fresh start each time the switcher opens. */
    public void reset() {
        query.set("");
        refresh("");
    }

    public void moveSelection(int delta) {
        if (!results.isEmpty()) {
            int next = Math.floorMod(selectedIndex.get() + delta, results.size());
            selectedIndex.set(next);
        }
    }

    /** Opens the selected item, or the first one when nothing is selected. Returns false when there is none. */
    public boolean open() {
        if (results.isEmpty()) {
            return false;
        }
        int index = selectedIndex.get() < 0 ? 0 : selectedIndex.get();
        onOpen.accept(results.get(index));
        return true;
    }

    private void refresh(String text) {
        long current = ++generation;
        List<SwitcherItem> projectHits = ProjectMatcher.match(projects, text).stream().map(SwitcherItem::of).toList();
        show(projectHits);
        String needle = text == null ? "" : text.strip();
        if (needle.length() < 2) {
            return;
        }
        Function<Task, SwitcherItem> toItem = task -> SwitcherItem.of(task,
                task.projectId() == null ? null : codes.get(task.projectId()));
        background.run("Searching tasks", () -> taskSearch.search(needle, TASK_LIMIT), tasks -> {
            if (current == generation) {
                List<SwitcherItem> all = new ArrayList<>(projectHits);
                tasks.stream().map(toItem).forEach(all::add);
                show(all);
            }
        }, failure -> { });
    }

    private void show(List<SwitcherItem> items) {
        results.setAll(items);
        selectedIndex.set(items.isEmpty() ? -1 : 0);
    }
}
