package dev.quarterdeck.app.projects;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The portfolio list: every project with its health, open and overdue tasks and next milestone. */
public final class PortfolioModel {

    private final ObservableList<ProjectSummary> projects = FXCollections.observableArrayList();
    private final Consumer<UUID> openProject;

    public PortfolioModel(Consumer<UUID> openProject) {
        this.openProject = openProject;
    }

    public void show(List<ProjectSummary> loaded) {
        projects.setAll(loaded);
    }

    public ObservableList<ProjectSummary> projects() {
        return projects;
    }

    public void open(ProjectSummary project) {
        openProject.accept(project.project().id());
    }
}
