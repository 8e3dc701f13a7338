package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.SettingsFile;
import dev.quarterdeck.app.settings.ThemeChoice;
import dev.quarterdeck.app.teamdb.TeamDatabaseSetting;
import dev.quarterdeck.app.switcher.SwitcherItem;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Horizon;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Boots the real window on a temporary data folder, walks every screen in both themes, saves screenshots and
 * checks what the screens show against the store.
 */
class ShellUiTest {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final ShellFixture ui = new ShellFixture();

    private final FxRobot robot = ui.robot();

    @Test
    void everyScreenWithTheDemoWorkspaceInBothThemes() throws Exception {
        ui.boot(dataDir);
        Store store = ui.store();

        // the sidebar lists the five demo projects, each with a health dot that explains itself (the first score
        // check may reload the workspace once, rebuilding the sidebar: wait until that has settled)
        ui.waitUntil(() -> ui.fx(() -> robot.lookup(".health-dot").queryAll().size()) == 5);
        assertThat(robot.lookup(".project-item").queryAll()).hasSize(5);
        Set<Node> dots = robot.lookup(".health-dot").queryAll();
        assertThat(dots).hasSize(5).allSatisfy(dot -> assertThat(dot.getAccessibleText()).startsWith("Health: "));

        // the lane counts are the store's
        Map<Horizon, Integer> open = store.tasks().countOpenByHorizon();
        assertThat(ui.text("#lane-today-count")).isEqualTo(String.valueOf(open.getOrDefault(Horizon.TODAY, 0)));
        assertThat(ui.text("#lane-week-count")).isEqualTo(String.valueOf(open.getOrDefault(Horizon.WEEK, 0)));
        assertThat(ui.text("#lane-month-count")).isEqualTo(String.valueOf(open.getOrDefault(Horizon.MONTH, 0)));
        int done = store.tasks().countCompletedSince(Instant.now().minus(7, ChronoUnit.DAYS));
        assertThat(ui.text("#lane-done-count")).isEqualTo(String.valueOf(done));
        assertThat(robot.lookup("#lane-today-cards").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(Math.min(3, open.getOrDefault(Horizon.TODAY, 0)));
        assertThat(ui.text("#focus-summary")).matches("\\w{3} \\d{1,2} \\w{3} · .*");
        assertThat(ui.text("#status-counts")).startsWith("5 projects · ");
        assertThat(ui.text("#status-store")).startsWith("H2 ");

        for (ThemeChoice theme : ShellFixture.THEMES) {
            ui.theme(theme);
            ui.press(KeyCode.CONTROL, KeyCode.DIGIT1);
            assertThat(ui.app().shell().route()).isEqualTo(Route.FOCUS);
            ui.screenshot("focus", theme);

            ui.press(KeyCode.CONTROL, KeyCode.DIGIT2);
            assertThat(ui.app().shell().route()).isEqualTo(Route.of(Section.INBOX));
            assertThat(robot.lookup("#inbox").tryQuery()).isPresent();
            ui.screenshot("inbox-empty", theme);

            ui.press(KeyCode.CONTROL, KeyCode.DIGIT3);
            assertThat(robot.lookup("#graph").tryQuery()).isPresent();
            ui.screenshot("graph", theme);

            ui.press(KeyCode.CONTROL, KeyCode.DIGIT4);
            assertThat(ui.app().shell().route()).isEqualTo(Route.of(Section.PROJECTS));
            assertThat(robot.lookup("#portfolio-table").queryTableView().getItems()).hasSize(5);
            ui.screenshot("projects", theme);

            ui.press(KeyCode.CONTROL, KeyCode.DIGIT5);
            assertThat(robot.lookup("#connectors").tryQuery()).isPresent();
            ui.screenshot("connectors-empty", theme);

            ui.press(KeyCode.CONTROL, KeyCode.DIGIT6);
            assertThat(robot.lookup("#settings").tryQuery()).isPresent();
            ui.screenshot("settings", theme);

            // Ctrl+K, type, the switcher finds the Kubernetes project and task
            ui.press(KeyCode.CONTROL, KeyCode.K);
            assertThat(ui.app().shell().switcherOpenProperty().get()).isTrue();
            robot.write("Kubernetes");
            ui.settle();
            List<SwitcherItem> hits = ui.fx(() -> List.copyOf(ui.app().switcher().results()));
            assertThat(hits).anySatisfy(hit -> assertThat(hit.title()).contains("Kubernetes"));
            assertThat(hits).anySatisfy(hit -> assertThat(hit.kind()).isEqualTo(SwitcherItem.Kind.TASK));
            assertThat(robot.lookup("#switcher-results").queryListView().getSelectionModel().getSelectedIndex())
                    .isZero();
            ui.screenshot("switcher", theme);
            ui.press(KeyCode.ESCAPE);
            assertThat(ui.app().shell().switcherOpenProperty().get()).isFalse();

            // Ctrl+K, a project code, Enter opens its page
            ui.press(KeyCode.CONTROL, KeyCode.K);
            robot.write("KUBE");
            ui.settle();
            ui.press(KeyCode.ENTER);
            assertThat(ui.app().shell().route().isProjectPage()).isTrue();
            ui.waitUntil(() -> robot.lookup("#project-name").tryQuery().isPresent());
            assertThat(ui.text("#project-facts")).startsWith("KUBE · ");
            assertThat(ui.text("#project-health")).startsWith("Health: ");
            ui.screenshot("project", theme);
        }

        // "Show all" expands a lane to every task it counts
        ui.theme(ThemeChoice.LIGHT);
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT1);
        int week = open.getOrDefault(Horizon.WEEK, 0);
        robot.clickOn("#lane-week-toggle");
        ui.settle();
        assertThat(robot.lookup("#lane-week-cards").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(week);
        assertThat(robot.lookup("#lane-week-toggle").queryButton().getText()).isEqualTo("Show fewer");
        ui.screenshot("focus-expanded", ThemeChoice.LIGHT);
    }

    @Test
    void firstRunOnAnEmptyStoreOffersTheWelcomeScreen() throws Exception {
        ui.start(dataDir, false);
        ui.waitFor(ShellPhase.WELCOME);
        assertThat(robot.lookup("#create-demo").tryQuery()).isPresent();
        ui.screenshotsInBothThemes("welcome");

        robot.clickOn("#start-empty");
        ui.waitFor(ShellPhase.READY);
        assertThat(robot.lookup(".project-item").queryAll()).isEmpty();
        assertThat(ui.text("#lane-today-count")).isEqualTo("0");
        assertThat(ui.text("#status-counts")).isEqualTo("0 projects · 0 open tasks");
        ui.screenshot("focus-empty", ThemeChoice.DARK);
    }

    @Test
    void startupReportPrintsOneLineOnceDataHasBeenDrawn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountDownLatch exited = new CountDownLatch(1);
        StartupReport report = new StartupReport(new PrintStream(out, true, StandardCharsets.UTF_8), exited::countDown);
        ui.start(dataDir, true, () -> Store.open(StoreConfig.h2File(dataDir)),
                shell -> shell.onDataShown(report::dataShown));

        assertThat(exited.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ui.app().shell().phase()).isEqualTo(ShellPhase.READY);
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("startup-ms: \\d+\\R");
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void aStoreFailureShowsTheErrorScreenAndReportsIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountDownLatch exited = new CountDownLatch(1);
        StartupReport report = new StartupReport(new PrintStream(out, true, StandardCharsets.UTF_8), exited::countDown);
        ui.start(dataDir, false, () -> {
            throw new IllegalStateException("Database may be already in use: quarterdeck.mv.db");
        }, shell -> shell.onFailure(report::failed));

        ui.waitFor(ShellPhase.FAILED);
        assertThat(ui.text("#failure-message")).isEqualTo("Database may be already in use: quarterdeck.mv.db");
        assertThat(exited.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("startup-error: Database may be already in use: quarterdeck.mv.db" + System.lineSeparator());
        assertThat(report.exitCode()).isEqualTo(1);
        ui.screenshot("error", ThemeChoice.LIGHT);
    }

    @Test
    void startUpWorkIsListedInTheStatusBarAndCanBeCancelled() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ui.start(dataDir, false, () -> {
            release.await(60, TimeUnit.SECONDS);
            throw new IllegalStateException("released after the test");
        }, shell -> { });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.fx(() -> ui.app().runningJobs().size() == 1));
            WaitForAsyncUtils.waitForFxEvents(5);
            assertThat(ui.app().shell().phase()).isEqualTo(ShellPhase.LOADING);
            assertThat(robot.lookup(".status-job .label").queryAs(Label.class).getText())
                    .startsWith("Opening workspace");
            Path file = ui.fx(() -> Screenshots.save(ui.stage().getScene(), "loading-light"));
            assertThat(file).exists();

            robot.clickOn(".status-job .button");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.app().shell().phase() == ShellPhase.FAILED);
            WaitForAsyncUtils.waitForFxEvents(5);
            assertThat(ui.fx(() -> ui.app().runningJobs().isEmpty())).isTrue();
            assertThat(ui.text("#failure-message")).startsWith("Opening workspace was cancelled.");
        } finally {
            release.countDown();
        }
    }

    @Test
    void themeAndWindowBoundsAreRemembered() throws Exception {
        ui.start(dataDir, false);
        ui.waitFor(ShellPhase.WELCOME);
        ui.theme(ThemeChoice.DARK);
        assertThat(new SettingsFile(dataDir).load().theme()).isEqualTo(ThemeChoice.DARK);

        ui.close();
        Settings saved = new SettingsFile(dataDir).load();
        assertThat(saved.theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(saved.windowBounds()).hasValueSatisfying(bounds -> {
            assertThat(bounds.width()).isEqualTo(1400);
            assertThat(bounds.height()).isEqualTo(900);
        });
    }

    @Test
    void createDemoFromTheWelcomeScreenFillsTheWorkspace() throws Exception {
        ui.start(dataDir, false);
        ui.waitFor(ShellPhase.WELCOME);
        robot.clickOn("#create-demo");
        ui.waitFor(ShellPhase.READY);
        assertThat(robot.lookup(".project-item").queryAll()).hasSize(5);
        assertThat(ui.store().projects().list()).hasSize(5);
    }

    @Test
    void theTeamDatabaseSettingSaysWhatIsWrongNextToTheFieldAndSavesOnlyAGoodUrl() throws Exception {
        ui.boot(dataDir);
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT6);
        TextField url = robot.lookup("#team-database-url").queryAs(TextField.class);

        ui.fx(() -> {
            url.setText("postgres://db.internal/quarterdeck");
            return null;
        });
        robot.clickOn("#team-database-save");
        ui.settle();
        assertThat(ui.text("#team-database-error")).contains("is not a PostgreSQL URL");
        assertThat(TeamDatabaseSetting.read(dataDir)).isEmpty();
        ui.screenshot("settings-team-database-error", ThemeChoice.LIGHT);

        ui.fx(() -> {
            url.setText("jdbc:postgresql://db.internal/quarterdeck");
            return null;
        });
        robot.clickOn("#team-database-save");
        ui.settle();
        assertThat(ui.text("#team-database-error")).isEmpty();
        assertThat(ui.text("#team-database-state")).startsWith("Next start: jdbc:postgresql://db.internal/quarterdeck");
        assertThat(TeamDatabaseSetting.read(dataDir)).contains("jdbc:postgresql://db.internal/quarterdeck");

        robot.clickOn("#team-database-embedded");
        ui.settle();
        assertThat(TeamDatabaseSetting.read(dataDir)).isEmpty();
        assertThat(ui.text("#team-database-state")).isEqualTo("Next start: the embedded store in the data folder.");
    }
}
