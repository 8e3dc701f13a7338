package dev.quarterdeck.app.projects.activity;

import dev.quarterdeck.app.projects.ProjectTabContext;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** A project's audit trail, newest first, filterable by record kind, actor and text. */
public final class ActivityModel {

    /** "Any" in the entity and actor filters. */
    public static final String ANY = "Any";
    /** How far back the tab reads (the newest events). */
    static final int LIMIT = 1_000;

    private final ProjectTabContext context;
    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ActivityRow> shown = new FilteredList<>(rows);
    private final ObservableList<String> entities = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> actors = FXCollections.observableArrayList(ANY);
    private final ObjectProperty<String> entity = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> actor = new SimpleObjectProperty<>(ANY);
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public ActivityModel(ProjectTabContext context) {
        this.context = context;
        entity.addListener((obs, old, now) -> refilter());
        actor.addListener((obs, old, now) -> refilter());
        text.addListener((obs, old, now) -> refilter());
    }

    public void load() {
        context.background().run("Loading activity", () -> context.store().audit()
                .listForProject(context.projectId(), LIMIT).stream().map(ActivityRow::of).toList(),
                this::show, failure -> problem.set("Could not load the activity: " + failure.getMessage()));
    }

    /** Shows these rows (newest first) and offers their kinds and actors as filters. */
    public void show(List<ActivityRow> loaded) {
        rows.setAll(loaded);
        entities.setAll(options(loaded.stream().map(ActivityRow::kind).toList()));
        actors.setAll(options(loaded.stream().map(ActivityRow::actor).toList()));
        if (!entities.contains(entity.get())) {
            entity.set(ANY);
        }
        if (!actors.contains(actor.get())) {
            actor.set(ANY);
        }
        refilter();
    }

    private static List<String> options(List<String> values) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ANY),
                values.stream().distinct().sorted()).toList();
    }

    private void refilter() {
        String wanted = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(row -> (ANY.equals(entity.get()) || Objects.equals(row.kind(), entity.get()))
                && (ANY.equals(actor.get()) || Objects.equals(row.actor(), actor.get()))
                && (wanted.isEmpty() || row.record().toLowerCase(Locale.ROOT).contains(wanted)
                        || row.change().toLowerCase(Locale.ROOT).contains(wanted)));
    }

    public ObservableList<ActivityRow> shown() {
        return shown;
    }

    public ObservableList<ActivityRow> all() {
        return rows;
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObservableList<String> actors() {
        return actors;
    }

    public ObjectProperty<String> entityProperty() {
        return entity;
    }

    public ObjectProperty<String> actorProperty() {
        return actor;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
