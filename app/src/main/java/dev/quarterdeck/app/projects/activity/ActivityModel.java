package dev.quarterdeck.app.projects.activity;

import dev.quarterdeck.app.projects.ProjectTabContext;
import dev.quarterdeck.core.audit.Actor;
import dev.quarterdeck.core.audit.AuditEvent;
import dev.quarterdeck.core.store.AuditDao;
import dev.quarterdeck.core.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A project's audit trail, newest first, read from the store one page at a time: the newest {@link #PAGE} events
 * that match the filters (record kind, actor, text), then older pages on request. Filtering is done by the
 * database, so the filters search the whole trail, not just the rows loaded.
 */
public final class ActivityModel {

    /** "Any" in the entity and actor filters. */
    public static final String ANY = "Any";
    /** Events per page. */
    static final int PAGE = 200;

    private final ProjectTabContext context;
    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> entities = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> actors = FXCollections.observableArrayList(ANY);
    private final ObjectProperty<String> entity = new SimpleObjectProperty<>(ANY);
    private final ObjectProperty<String> actor = new SimpleObjectProperty<>(ANY);
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(this, "hasOlder", false);
    /** Filter labels to what the store filters on: entity label → type, actor label → (kind, name or null). */
    private final Map<String, String> entityTypes = new LinkedHashMap<>();
    private final Map<String, String[]> actorKeys = new LinkedHashMap<>();
    /** Which read is current: a filter change while a page is loading makes that page stale. */
    private int generation;
    private boolean applyingOptions;

    public ActivityModel(ProjectTabContext context) {
        this.context = context;
        entity.addListener((obs, old, now) -> refresh());
        actor.addListener((obs, old, now) -> refresh());
        text.addListener((obs, old, now) -> refresh());
    }

    /** The filter's options and the first page. */
    public void load() {
        int current = ++generation;
        Filter filter = filter();
        context.background().run("Loading activity", () -> {
            Store store = context.store();
            return new Loaded(store.audit().entityTypesForProject(context.projectId()),
                    store.audit().actorsForProject(context.projectId()), page(store, filter, Long.MAX_VALUE));
        }, loaded -> {
            if (current == generation) {
                options(loaded.entityTypes(), loaded.actors());
                show(loaded.page(), false);
            }
        }, this::failed);
    }

    /** The next older page after the rows shown, appended. */
    public void loadOlder() {
        if (rows.isEmpty() || !hasOlder.get()) {
            return;
        }
        int current = generation;
        Filter filter = filter();
        long before = rows.get(rows.size() - 1).event().sequence();
        context.background().run("Loading older activity", () -> page(context.store(), filter, before), page -> {
            if (current == generation) {
                show(page, true);
            }
        }, this::failed);
    }

    private void refresh() {
        if (applyingOptions) {
            return;
        }
        int current = ++generation;
        Filter filter = filter();
        context.background().run("Filtering activity", () -> page(context.store(), filter, Long.MAX_VALUE),
                page -> {
                    if (current == generation) {
                        show(page, false);
                    }
                }, this::failed);
    }

    private void failed(Throwable failure) {
        problem.set("Could not load the activity: " + failure.getMessage());
    }

    private List<ActivityRow> page(Store store, Filter filter, long before) {
        return store.audit().pageForProject(context.projectId(), before, filter.entityType(), filter.actorKind(),
                filter.actorName(), filter.text(), PAGE).stream().map(ActivityRow::of).toList();
    }

    /** What the store narrows to; nulls for "any". */
    private record Filter(String entityType, String actorKind, String actorName, String text) {
    }

    private Filter filter() {
        String[] who = actorKeys.get(actor.get());
        String wanted = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        return new Filter(entityTypes.get(entity.get()), who == null ? null : who[0], who == null ? null : who[1],
                wanted.isEmpty() ? null : AuditDao.containing(wanted));
    }

    private record Loaded(List<String> entityTypes, List<String> actors, List<ActivityRow> page) {
    }

    private void show(List<ActivityRow> page, boolean append) {
        problem.set("");
        if (append) {
            rows.addAll(page);
        } else {
            rows.setAll(page);
        }
        hasOlder.set(page.size() == PAGE);
    }

    /** The filters offer the kinds and actors anywhere in the project's trail, in words. */
    private void options(List<String> types, List<String> storedActors) {
        entityTypes.clear();
        types.stream().sorted((a, b) -> ActivityRow.kindOf(a).compareTo(ActivityRow.kindOf(b)))
                .forEach(type -> entityTypes.put(ActivityRow.kindOf(type), type));
        actorKeys.clear();
        for (String stored : storedActors.stream().sorted().toList()) {
            int colon = stored.indexOf(':');
            Actor who = new Actor(Actor.Kind.valueOf(stored.substring(0, colon)), stored.substring(colon + 1));
            String label = ActivityRow.actorOf(who);
            // every USER name is "you": the filter takes all of them
            actorKeys.put(label, new String[] {who.kind().name(), who.kind() == Actor.Kind.USER ? null : who.name()});
        }
        applyingOptions = true;
        try {
            List<String> entityOptions = new ArrayList<>(List.of(ANY));
            entityOptions.addAll(entityTypes.keySet());
            entities.setAll(entityOptions);
            List<String> actorOptions = new ArrayList<>(List.of(ANY));
            actorOptions.addAll(actorKeys.keySet());
            actors.setAll(actorOptions);
            if (!entities.contains(entity.get())) {
                entity.set(ANY);
            }
            if (!actors.contains(actor.get())) {
                actor.set(ANY);
            }
        } finally {
            applyingOptions = false;
        }
    }

    /** The rows loaded so far, newest first (every one matches the filters). */
    public ObservableList<ActivityRow> shown() {
        return rows;
    }

    public ObservableList<ActivityRow> all() {
        return rows;
    }

    /** True while the last page read was full: there may be older events to load. */
    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
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
