package dev.quarterdeck.app.projects;

import atlantafx.base.theme.Styles;
import dev.quarterdeck.app.projects.intake.IntakeModel;
import dev.quarterdeck.app.projects.intake.IntakeView;
import dev.quarterdeck.app.ui.HealthDot;
import dev.quarterdeck.app.ui.Icons;
import dev.quarterdeck.core.project.DeletedProject;
import dev.quarterdeck.core.project.Project;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A project's page: the header (name, facts, health with its reasons, Edit and Delete) over the tabs Overview,
 * Tasks, Risks, Budget, Milestones, Stakeholders, Documents and Activity. A tab is built the first time it is
 * selected; tabs drawn from the page's state are rebuilt when the page reloads after a change. Edit shows the
 * intake form in place of the tabs.
 */
public final class ProjectPageView extends StackPane {

    private final ProjectPageModel model;
    private final Label name = new Label();
    private final Label facts = new Label();
    private final HBox health = new HBox(8);
    private final TabPane tabs = new TabPane();
    private final Map<ProjectTab, Tab> tabByKind = new EnumMap<>(ProjectTab.class);
    private final VBox pageBox;
    private Consumer<DeletedProject> onDeleted = deleted -> { };
    private UUID shownProject;
    private ProjectTabContext context;

    public ProjectPageView(ProjectPageModel model) {
        this.model = model;
        setId("project-page");
        name.setId("project-name");
        name.getStyleClass().add(Styles.TITLE_2);
        facts.setId("project-facts");
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        health.setAlignment(Pos.TOP_LEFT);

        Button edit = new Button("Edit", Icons.of(Material2AL.EDIT));
        edit.setId("project-edit");
        edit.setOnAction(e -> edit());
        Button delete = new Button("Delete", Icons.of(Material2AL.DELETE_OUTLINE));
        delete.setId("project-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip("Delete this project and everything in it (can be undone)"));
        delete.setOnAction(e -> confirmDelete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, name, spacer, edit, delete);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        tabs.setId("project-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ProjectTab kind : ProjectTab.values()) {
            Tab tab = new Tab(kind.title());
            tab.setId("tab-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            tab.setUserData(kind);
            tabByKind.put(kind, tab);
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> fill(tab));
        VBox.setVgrow(tabs, Priority.ALWAYS);

        pageBox = new VBox(4, titleRow, facts, health, tabs);
        pageBox.getStyleClass().add("page");
        model.pageProperty().addListener((obs, old, page) -> render());
        model.problemProperty().addListener((obs, old, problem) -> render());
        render();
    }

    /** Called after the user deleted the shown project (the shell offers undo and leaves the page). */
    public void onDeleted(Consumer<DeletedProject> action) {
        this.onDeleted = action;
    }

    /** Selects a tab (keyboard and tests). */
    public void select(ProjectTab tab) {
        tabs.getSelectionModel().select(tabByKind.get(tab));
    }

    public TabPane tabs() {
        return tabs;
    }

    private void render() {
        ProjectPage page = model.pageProperty().get();
        if (!model.problemProperty().get().isEmpty()) {
            Label problem = new Label(model.problemProperty().get(), Icons.of(Material2AL.ERROR_OUTLINE));
            problem.getStyleClass().add(Styles.DANGER);
            getChildren().setAll(problem);
            return;
        }
        if (page == null) {
            getChildren().setAll(new ProgressIndicator());
            return;
        }
        header(page);
        UUID id = page.project().id();
        if (!id.equals(shownProject)) {
            shownProject = id;
            context = model.context(id);
            // a tab asks to show a record of another tab: switch to it; that tab selects the record
            context.navigation().requestProperty().addListener((obs, old, target) -> {
                if (target != null) {
                    select(target.tab());
                }
            });
            tabByKind.values().forEach(tab -> tab.setContent(null));
            if (tabs.getSelectionModel().getSelectedItem() == tabByKind.get(ProjectTab.OVERVIEW)) {
                fill(tabByKind.get(ProjectTab.OVERVIEW));
            } else {
                tabs.getSelectionModel().select(tabByKind.get(ProjectTab.OVERVIEW));
            }
        } else {
            // same project reloaded after a change: rebuild what draws from the page; others keep their state
            Tab selected = tabs.getSelectionModel().getSelectedItem();
            for (Tab tab : tabs.getTabs()) {
                ProjectTab kind = (ProjectTab) tab.getUserData();
                if (ProjectTabs.followsPage(kind) || kind == ProjectTab.ACTIVITY && tab != selected) {
                    tab.setContent(null);
                }
            }
            fill(selected);
        }
        if (getChildren().size() != 1 || getChildren().get(0) != pageBox) {
            getChildren().setAll(pageBox);
        }
    }

    private void header(ProjectPage page) {
        name.setText(page.project().name());
        facts.setText(ProjectTexts.header(page.project()));
        Label level = new Label("Health: " + page.health().level().label(),
                new HealthDot(page.health().level().name(), page.health().reasons()));
        level.setId("project-health");
        level.setGraphicTextGap(8);
        level.setMinWidth(Region.USE_PREF_SIZE);
        level.getStyleClass().addAll(Styles.TEXT_BOLD, "health-text-" + page.health().level().label());
        Label reasons = new Label("— " + String.join("; ", page.health().reasons()));
        reasons.setWrapText(true);
        reasons.setMinHeight(Region.USE_PREF_SIZE);
        reasons.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(reasons, Priority.ALWAYS);
        health.getChildren().setAll(level, reasons);
    }

    private void fill(Tab tab) {
        if (tab == null || tab.getContent() != null || context == null || model.pageProperty().get() == null) {
            return;
        }
        tab.setContent(ProjectTabs.create((ProjectTab) tab.getUserData(), context, model));
    }

    private void edit() {
        ProjectPage page = model.pageProperty().get();
        if (page == null) {
            return;
        }
        IntakeModel form = new IntakeModel(model.background(), model.storeAccess(), model.clock(), page.project());
        IntakeView view = new IntakeView(form, saved -> {
            getChildren().setAll(pageBox);
            model.changed();
        }, () -> getChildren().setAll(pageBox));
        getChildren().setAll(view);
    }

    private void confirmDelete() {
        ProjectPage page = model.pageProperty().get();
        if (page == null) {
            return;
        }
        Project project = page.project();
        ButtonType delete = new ButtonType("Delete project", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "Delete " + project.name() + " (" + project.code() + ") with its " + page.tasks().size()
                        + " tasks, risks, milestones, budget and documents? You can undo this right after.",
                delete, ButtonType.CANCEL);
        alert.setTitle("Delete project");
        alert.setHeaderText("Delete " + project.code() + "?");
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.showAndWait().filter(delete::equals).ifPresent(b -> model.delete(project, deleted -> {
            shownProject = null;
            onDeleted.accept(deleted);
        }, problem -> facts.setText(problem)));
    }
}
