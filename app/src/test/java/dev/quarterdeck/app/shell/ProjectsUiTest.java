package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Projects screens on the demo workspace: the portfolio, a project's Overview, Tasks and Activity tabs in both
 * themes (screenshots), creating a project through the intake form with a validation error shown next to its
 * field, editing it, working a task inline, and deleting the project with undo.
 */
class ProjectsUiTest {

    private static final List<ThemeChoice> THEMES = List.of(ThemeChoice.LIGHT, ThemeChoice.DARK);

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private QuarterdeckShell app;
    private Stage stage;

    private void boot() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        LaunchOptions options = new LaunchOptions(dataDir, Optional.empty(), true, false);
        app = new QuarterdeckShell(options, Settings.DEFAULTS.withTheme(ThemeChoice.LIGHT), Clock.systemDefaultZone(),
                Map.of(), () -> Store.open(StoreConfig.h2File(dataDir)), BackgroundTasks.forJavaFx());
        FxToolkit.setupFixture(() -> {
            app.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.shell().phase() == ShellPhase.READY);
        settle();
    }

    @AfterEach
    void shutDown() throws Exception {
        if (app != null) {
            FxToolkit.setupFixture(() -> {
                app.close();
                stage.hide();
            });
        }
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> app.runningJobs().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void run(Runnable work) throws Exception {
        fx(() -> {
            work.run();
            return null;
        });
        settle();
    }

    private void theme(ThemeChoice choice) throws Exception {
        run(() -> app.settings().themeProperty().set(choice));
    }

    private void shoot(String screen, ThemeChoice theme) throws Exception {
        settle();
        Path file = fx(() -> Screenshots.save(stage.getScene(), screen + "-" + theme.name().toLowerCase()));
        assertThat(file).exists();
    }

    private <T extends Node> T node(String selector, Class<T> type) {
        return robot.lookup(selector).queryAs(type);
    }

    private String text(String selector) {
        return node(selector, Label.class).getText();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        settle();
    }

    private void openProject(Project project) throws Exception {
        run(() -> app.shell().navigate(Route.project(project.id())));
        waitUntil(() -> robot.lookup("#project-name").tryQuery().map(n -> ((Label) n).getText())
                .filter(project.name()::equals).isPresent() && robot.lookup("#project-tabs").tryQuery().isPresent());
    }

    private void selectTab(String id) throws Exception {
        run(() -> {
            TabPane tabs = node("#project-tabs", TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .orElseThrow());
        });
    }

    private void type(String selector, String value) throws Exception {
        run(() -> node(selector, TextField.class).setText(value));
    }

    @Test
    void portfolioAndProjectTabsInBothThemes() throws Exception {
        boot();
        Store store = app.session().requireStore();
        Project kube = store.projects().findByCode("KUBE").orElseThrow();
        int activeDemo = (int) store.projects().list().stream().filter(p -> p.status().isOpen()).count();

        for (ThemeChoice theme : THEMES) {
            theme(theme);
            run(() -> app.shell().select(Section.PROJECTS));
            assertThat(robot.lookup("#portfolio-table").queryTableView().getItems()).hasSize(5);
            assertThat(text("#metric-active")).isEqualTo(String.valueOf(activeDemo));
            assertThat(robot.lookup("#portfolio-budget-chart").tryQuery()).isPresent();
            assertThat(robot.lookup("#heat-5-5").tryQuery()).isPresent();
            shoot("portfolio", theme);

            openProject(kube);
            assertThat(text("#project-facts")).startsWith("KUBE · ");
            assertThat(robot.lookup("#overview-health").tryQuery()).isPresent();
            shoot("project-overview", theme);

            selectTab("tab-tasks");
            TableView<?> tasks = node("#project-tasks-table", TableView.class);
            int expected = store.tasks().listByProject(kube.id()).size();
            waitUntil(() -> tasks.getItems().size() == expected);
            shoot("project-tasks", theme);

            selectTab("tab-activity");
            waitUntil(() -> !node("#project-activity-table", TableView.class).getItems().isEmpty());
            shoot("project-activity", theme);
            selectTab("tab-overview");
        }

        // a heat-map cell filters the portfolio to projects with an active risk rated so
        theme(ThemeChoice.LIGHT);
        run(() -> app.shell().select(Section.PROJECTS));
        String busiest = fx(() -> {
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
        settle();
        int filtered = robot.lookup("#portfolio-table").queryTableView().getItems().size();
        assertThat(filtered).isBetween(1, 5);
        robot.clickOn(busiest);
        settle();
        assertThat(robot.lookup("#portfolio-table").queryTableView().getItems()).hasSize(5);
    }

    @Test
    void createThroughTheIntakeFormEditWorkATaskDeleteAndUndo() throws Exception {
        boot();
        Store store = app.session().requireStore();
        run(() -> app.shell().select(Section.PROJECTS));
        robot.clickOn("#portfolio-new-project");
        settle();
        assertThat(robot.lookup("#intake").tryQuery()).isPresent();

        // a bad code, a due date before the start and a likelihood of 7: each problem shows next to its field
        robot.clickOn("#intake-name").write("Orion data centre exit");
        type("#intake-code", "orion");
        run(() -> {
            node("#intake-start", DatePicker.class).setValue(LocalDate.of(2026, 3, 1));
            node("#intake-due", DatePicker.class).setValue(LocalDate.of(2026, 2, 1));
        });
        type("#intake-budgetTotal", "90,000");
        run(() -> node("#intake-add-lines", Button.class).fire());
        run(() -> node("#intake-add-risks", Button.class).fire());
        type("#intake-lines-0-category", "Hardware");
        type("#intake-lines-0-planned", "50000");
        type("#intake-risks-0-title", "Vendor lock-in");
        type("#intake-risks-0-likelihood", "7");
        robot.clickOn("#intake-save");
        waitUntil(() -> !text("#error-code").isEmpty());

        assertThat(text("#error-code")).startsWith("2–12 upper-case letters");
        assertThat(node("#error-code", Label.class).isVisible()).isTrue();
        assertThat(text("#error-due")).startsWith("Due date must not be before the start");
        assertThat(text("#error-risks-0-likelihood")).isEqualTo("Likelihood must be between 1 and 5.");
        assertThat(text("#error-name")).isEmpty();
        assertThat(node("#error-name", Label.class).isVisible()).isFalse();
        assertThat(store.projects().findByCode("ORION")).isEmpty();
        shoot("intake", ThemeChoice.LIGHT);
        theme(ThemeChoice.DARK);
        shoot("intake", ThemeChoice.DARK);
        theme(ThemeChoice.LIGHT);

        // fixing a field clears its message; then Create writes it all in one go
        type("#intake-code", "ORION");
        assertThat(text("#error-code")).isEmpty();
        run(() -> node("#intake-due", DatePicker.class).setValue(LocalDate.of(2026, 12, 31)));
        type("#intake-risks-0-likelihood", "4");
        robot.clickOn("#intake-save");
        waitUntil(() -> store.projects().findByCode("ORION").isPresent());
        Project orion = store.projects().findByCode("ORION").orElseThrow();
        assertThat(orion.budgetTotal()).isEqualByComparingTo("90000");
        assertThat(store.budgetLines().listByProject(orion.id())).singleElement()
                .satisfies(l -> assertThat(l.category()).isEqualTo("Hardware"));
        assertThat(store.risks().listByProject(orion.id())).singleElement()
                .satisfies(r -> assertThat(r.key() + " " + r.score()).isEqualTo("R-001 12"));
        waitUntil(() -> robot.lookup("#project-name").tryQuery().map(n -> ((Label) n).getText())
                .filter("Orion data centre exit"::equals).isPresent());

        // Edit uses the same form, filled in
        robot.clickOn("#project-edit");
        settle();
        assertThat(node("#intake-code", TextField.class).getText()).isEqualTo("ORION");
        type("#intake-name", "Orion exit");
        robot.clickOn("#intake-save");
        waitUntil(() -> store.projects().find(orion.id()).map(Project::name).filter("Orion exit"::equals)
                .isPresent());
        assertThat(store.projects().find(orion.id()).orElseThrow().version()).isEqualTo(orion.version() + 1);
        waitUntil(() -> text("#project-name").equals("Orion exit"));

        // Tasks tab: add one, complete it
        selectTab("tab-tasks");
        type("#project-task-add", "Order racks");
        run(() -> node("#project-task-add", TextField.class).fireEvent(new javafx.event.ActionEvent()));
        waitUntil(() -> store.tasks().listByProject(orion.id()).size() == 1);
        run(() -> node("#project-tasks-table", TableView.class).getSelectionModel().select(0));
        robot.clickOn("#project-task-complete");
        waitUntil(() -> store.tasks().listByProject(orion.id()).stream().map(Task::status)
                .allMatch(TaskStatus.DONE::equals));

        // Delete asks, then offers undo; undo brings everything back
        robot.clickOn("#project-delete");
        settle();
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b
                && "Delete project".equals(b.getText())).queryButton());
        waitUntil(() -> store.projects().find(orion.id()).isEmpty());
        assertThat(store.tasks().listByProject(orion.id())).isEmpty();
        waitUntil(() -> robot.lookup("#portfolio-undo").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#portfolio-notice")).contains("Deleted Orion exit");
        robot.clickOn("#portfolio-undo");
        waitUntil(() -> store.projects().find(orion.id()).isPresent());
        assertThat(store.tasks().listByProject(orion.id())).singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.DONE));
        assertThat(store.risks().listByProject(orion.id())).hasSize(1);
        waitUntil(() -> app.shell().route().equals(Route.project(orion.id())));
    }
}
