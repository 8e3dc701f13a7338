package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Projects screens on the demo workspace: the portfolio, a project's Overview, Tasks and Activity tabs in both
 * themes (screenshots), creating a project through the intake form with a validation error shown next to its
 * field, editing it, working a task inline, and deleting the project with undo.
 */
class ProjectsUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    private void openProject(Project project) throws Exception {
        ui.run(() -> ui.app().shell().navigate(Route.project(project.id())));
        ui.waitUntil(() -> robot.lookup("#project-name").tryQuery().map(n -> ((Label) n).getText())
                .filter(project.name()::equals).isPresent() && robot.lookup("#project-tabs").tryQuery().isPresent());
    }

    private void selectTab(String id) throws Exception {
        ui.run(() -> {
            TabPane tabs = node("#project-tabs", TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .orElseThrow());
        });
    }

    private void type(String selector, String value) throws Exception {
        ui.run(() -> node(selector, TextField.class).setText(value));
    }

    @Test
    void portfolioAndProjectTabsInBothThemes() throws Exception {
        ui.boot(dataDir);
        Store store = ui.store();
        Project kube = store.projects().findByCode("KUBE").orElseThrow();
        int activeDemo = (int) store.projects().list().stream().filter(p -> p.status().isOpen()).count();

        for (ThemeChoice theme : ShellFixture.THEMES) {
            ui.theme(theme);
            ui.run(() -> ui.app().shell().select(Section.PROJECTS));
            assertThat(robot.lookup("#portfolio-table").queryTableView().getItems()).hasSize(5);
            assertThat(ui.text("#metric-active")).isEqualTo(String.valueOf(activeDemo));
            assertThat(robot.lookup("#portfolio-budget-chart").tryQuery()).isPresent();
            assertThat(robot.lookup("#heat-5-5").tryQuery()).isPresent();
            ui.screenshot("portfolio", theme);

            openProject(kube);
            assertThat(ui.text("#project-facts")).startsWith("KUBE · ");
            assertThat(robot.lookup("#overview-health").tryQuery()).isPresent();
            ui.screenshot("project-overview", theme);

            selectTab("tab-tasks");
            TableView<?> tasks = node("#project-tasks-table", TableView.class);
            int expected = store.tasks().listByProject(kube.id()).size();
            ui.waitUntil(() -> tasks.getItems().size() == expected);
            ui.screenshot("project-tasks", theme);

            selectTab("tab-activity");
            ui.waitUntil(() -> !node("#project-activity-table", TableView.class).getItems().isEmpty());
            ui.screenshot("project-activity", theme);
            selectTab("tab-overview");
        }

        // a heat-map cell filters the portfolio to projects with an active risk rated so
        ui.theme(ThemeChoice.LIGHT);
        ui.run(() -> ui.app().shell().select(Section.PROJECTS));
        String busiest = ui.fx(() -> {
            for (int l = 5; l >= 1; l--) {
                for (int i = 5; i >= 1; i--) {
                    if (!node("#heat-" + l + "-" + i, Label.class).getText().isEmpty()) {
                        return "#heat-" + l + "-" + i;
                    }
                }
            }
            return null;
        });
        assertThat(busiest).isNotNull();
        robot.clickOn(busiest);
        ui.settle();
        int filtered = robot.lookup("#portfolio-table").queryTableView().getItems().size();
        assertThat(filtered).isBetween(1, 5);
        robot.clickOn(busiest);
        ui.settle();
        assertThat(robot.lookup("#portfolio-table").queryTableView().getItems()).hasSize(5);
    }

    @Test
    void createThroughTheIntakeFormEditWorkATaskDeleteAndUndo() throws Exception {
        ui.boot(dataDir);
        Store store = ui.store();
        ui.run(() -> ui.app().shell().select(Section.PROJECTS));
        robot.clickOn("#portfolio-new-project");
        ui.settle();
        assertThat(robot.lookup("#intake").tryQuery()).isPresent();

        // a bad code, a due date before the start and a likelihood of 7: each problem shows next to its field
        robot.clickOn("#intake-name").write("Orion data centre exit");
        type("#intake-code", "orion");
        ui.run(() -> {
            node("#intake-start", DatePicker.class).setValue(LocalDate.of(2026, 3, 1));
            node("#intake-due", DatePicker.class).setValue(LocalDate.of(2026, 2, 1));
        });
        type("#intake-budgetTotal", "90,000");
        ui.click("#intake-add-lines");
        ui.click("#intake-add-risks");
        type("#intake-lines-0-category", "Hardware");
        type("#intake-lines-0-planned", "50000");
        type("#intake-risks-0-title", "Vendor lock-in");
        type("#intake-risks-0-likelihood", "7");
        robot.clickOn("#intake-save");
        ui.waitUntil(() -> !ui.text("#error-code").isEmpty());

        assertThat(ui.text("#error-code")).startsWith("2–12 upper-case letters");
        assertThat(node("#error-code", Label.class).isVisible()).isTrue();
        assertThat(ui.text("#error-due")).startsWith("Due date must not be before the start");
        assertThat(ui.text("#error-risks-0-likelihood")).isEqualTo("Likelihood must be between 1 and 5.");
        assertThat(ui.text("#error-name")).isEmpty();
        assertThat(node("#error-name", Label.class).isVisible()).isFalse();
        assertThat(store.projects().findByCode("ORION")).isEmpty();
        ui.screenshotsInBothThemes("intake");
        ui.theme(ThemeChoice.LIGHT);

        // fixing a field clears its message; then Create writes it all in one go
        type("#intake-code", "ORION");
        assertThat(ui.text("#error-code")).isEmpty();
        ui.run(() -> node("#intake-due", DatePicker.class).setValue(LocalDate.of(2026, 12, 31)));
        type("#intake-risks-0-likelihood", "4");
        robot.clickOn("#intake-save");
        ui.waitUntil(() -> store.projects().findByCode("ORION").isPresent());
        Project orion = store.projects().findByCode("ORION").orElseThrow();
        assertThat(orion.budgetTotal()).isEqualByComparingTo("90000");
        assertThat(store.budgetLines().listByProject(orion.id())).singleElement()
                .satisfies(l -> assertThat(l.category()).isEqualTo("Hardware"));
        assertThat(store.risks().listByProject(orion.id())).singleElement()
                .satisfies(r -> assertThat(r.key() + " " + r.score()).isEqualTo("R-001 12"));
        ui.waitUntil(() -> robot.lookup("#project-name").tryQuery().map(n -> ((Label) n).getText())
                .filter("Orion data centre exit"::equals).isPresent());

        // Edit uses the same form, filled in
        robot.clickOn("#project-edit");
        ui.settle();
        assertThat(node("#intake-code", TextField.class).getText()).isEqualTo("ORION");
        type("#intake-name", "Orion exit");
        robot.clickOn("#intake-save");
        ui.waitUntil(() -> store.projects().find(orion.id()).map(Project::name).filter("Orion exit"::equals)
                .isPresent());
        assertThat(store.projects().find(orion.id()).orElseThrow().version()).isEqualTo(orion.version() + 1);
        ui.waitUntil(() -> ui.text("#project-name").equals("Orion exit"));

        // Tasks tab: add one, complete it
        selectTab("tab-tasks");
        type("#project-task-add", "Order racks");
        ui.run(() -> node("#project-task-add", TextField.class).fireEvent(new javafx.event.ActionEvent()));
        ui.waitUntil(() -> store.tasks().listByProject(orion.id()).size() == 1);
        ui.run(() -> node("#project-tasks-table", TableView.class).getSelectionModel().select(0));
        robot.clickOn("#project-task-complete");
        ui.waitUntil(() -> store.tasks().listByProject(orion.id()).stream().map(Task::status)
                .allMatch(TaskStatus.DONE::equals));

        // Delete asks, then offers undo; undo brings everything back
        robot.clickOn("#project-delete");
        ui.settle();
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b
                && "Delete project".equals(b.getText())).queryButton());
        ui.waitUntil(() -> store.projects().find(orion.id()).isEmpty());
        assertThat(store.tasks().listByProject(orion.id())).isEmpty();
        ui.waitUntil(() -> robot.lookup("#portfolio-undo").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(ui.text("#portfolio-notice")).contains("Deleted Orion exit");
        robot.clickOn("#portfolio-undo");
        ui.waitUntil(() -> store.projects().find(orion.id()).isPresent());
        assertThat(store.tasks().listByProject(orion.id())).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.DONE));
        assertThat(store.risks().listByProject(orion.id())).hasSize(1);
        ui.waitUntil(() -> ui.app().shell().route().equals(Route.project(orion.id())));
    }
}
