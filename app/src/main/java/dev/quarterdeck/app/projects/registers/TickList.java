package dev.quarterdeck.app.projects.registers;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;

/**
 * A form's pick list: a filter field over a list of records with a tick box each, remembering which ids are ticked
 * (also those the filter hides). Used to link tasks to a milestone and tasks or milestones to a risk.
 *
 * @param <T> the records offered
 */
public final class TickList<T> {

    private final TextField filter = new TextField();
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(items);
    private final ListView<T> list = new ListView<>(shown);
    private final Set<UUID> ticked = new HashSet<>();

    /**
     * @param id    the list's node id ({@code id + "-filter"} for the filter field)
     * @param idOf  a record's id
     * @param label what a row says
     */
    public TickList(String id, String prompt, Function<T, UUID> idOf, Function<T, String> label) {
        filter.setId(id + "-filter");
        filter.setPromptText(prompt);
        filter.textProperty().addListener((obs, old, text) -> shown.setPredicate(item -> text == null
                || label.apply(item).toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT))));
        list.setId(id);
        list.setPrefHeight(150);
        list.setCellFactory(CheckBoxListCell.forListView(item -> {
            UUID itemId = idOf.apply(item);
            SimpleBooleanProperty box = new SimpleBooleanProperty(ticked.contains(itemId));
            box.addListener((obs, was, now) -> {
                if (now) {
                    ticked.add(itemId);
                } else {
                    ticked.remove(itemId);
                }
            });
            return box;
        }, new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        }));
    }

    /** Offers {@code offered}, with {@code current} ticked, and clears the filter. */
    public void set(List<T> offered, Collection<UUID> current) {
        ticked.clear();
        ticked.addAll(current);
        filter.clear();
        items.setAll(offered);
        list.refresh();
    }

    public Set<UUID> ticked() {
        return Set.copyOf(ticked);
    }

    public TextField filter() {
        return filter;
    }

    public ListView<T> list() {
        return list;
    }
}
