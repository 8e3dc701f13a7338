package dev.quarterdeck.app.shell;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: where the content points, which phase start-up is in, the sidebar's project list,
 * and the status bar's texts. No controls, so it is tested without a toolkit.
 */
public final class ShellModel {

    private final ObjectProperty<Route> route = new SimpleObjectProperty<>(this, "route", Route.FOCUS);
    private final ReadOnlyObjectWrapper<ShellPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase",
            ShellPhase.LOADING);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObservableList<SidebarProject> projects = FXCollections.observableArrayList();
    private final StringProperty storeLocation = new SimpleStringProperty(this, "storeLocation", "");
    private final StringProperty loadedCounts = new SimpleStringProperty(this, "loadedCounts", "");
    private final BooleanProperty switcherOpen = new SimpleBooleanProperty(this, "switcherOpen", false);
    private final IntegerProperty inboxCount = new SimpleIntegerProperty(this, "inboxCount", 0);

    private final StringProperty newBriefing = new SimpleStringProperty(this, "newBriefing", "");

    /**
     * The title of a scheduled briefing that arrived and was not looked at yet, for the Briefing badge; empty once
     * the Briefing section is shown.
     */
    public StringProperty newBriefingProperty() {
        return newBriefing;
    }

    /** Proposals waiting in the Inbox, for the sidebar badge. */
    public IntegerProperty inboxCountProperty() {
        return inboxCount;
    }

    public ObjectProperty<Route> routeProperty() {
        return route;
    }

    public Route route() {
        return route.get();
    }

    public void navigate(Route destination) {
        if (destination.section() == Section.BRIEFING) {
            newBriefing.set("");
        }
        route.set(destination);
        switcherOpen.set(false);
    }

    public void select(Section section) {
        navigate(Route.of(section));
    }

    /** Ctrl+digit: returns false for digits that name no section. */
    public boolean selectByShortcut(int digit) {
        return Section.forDigit(digit).map(section -> {
            select(section);
            return true;
        }).orElse(false);
    }

    public ReadOnlyObjectProperty<ShellPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ShellPhase phase() {
        return phase.get();
    }

    public void loading() {
        phase.set(ShellPhase.LOADING);
    }

    public void offerWelcome() {
        phase.set(ShellPhase.WELCOME);
    }

    public void ready(List<SidebarProject> loadedProjects, String counts) {
        projects.setAll(loadedProjects);
        loadedCounts.set(counts);
        failure.set("");
        if (route.get().project().filter(id -> loadedProjects.stream().noneMatch(p -> p.id().equals(id)))
                .isPresent()) {
            route.set(Route.of(Section.PROJECTS));
        }
        phase.set(ShellPhase.READY);
    }

    public void failed(String message) {
        failure.set(message);
        phase.set(ShellPhase.FAILED);
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ObservableList<SidebarProject> projects() {
        return projects;
    }

    public StringProperty storeLocationProperty() {
        return storeLocation;
    }

    public StringProperty loadedCountsProperty() {
        return loadedCounts;
    }

    public BooleanProperty switcherOpenProperty() {
        return switcherOpen;
    }

    public void openSwitcher() {
        if (phase.get() == ShellPhase.READY) {
            switcherOpen.set(true);
        }
    }

    public void closeSwitcher() {
        switcherOpen.set(false);
    }
}
