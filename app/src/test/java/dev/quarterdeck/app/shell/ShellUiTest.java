package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundTasks;
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
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Boots the real window on a temporary data folder, walks every screen in both themes, saves screenshots and
 * checks what the screens show against the store.
 */
class ShellUiTest {

    private static final List<ThemeChoice> THEMES = List.of(ThemeChoice.LIGHT, ThemeChoice.DARK);

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private QuarterdeckShell app;
    private Stage stage;

    private void boot(boolean demo) throws Exception {
        boot(demo, () -> Store.open(StoreConfig.h2File(dataDir)), shell -> { });
    }

    private void boot(boolean demo, WorkspaceSession.StoreOpener opener, Consumer<QuarterdeckShell> beforeShow)
            throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        LaunchOptions options = new LaunchOptions(dataDir, Optional.empty(), demo, false);
        app = new QuarterdeckShell(options, Settings.DEFAULTS.withTheme(ThemeChoice.LIGHT), Clock.systemDefaultZone(),
                Map.of(), opener, BackgroundTasks.forJavaFx());
        beforeShow.accept(app);
        FxToolkit.setupFixture(() -> {
            app.show(stage);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1400);
            stage.setHeight(900);
        });
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

    private void waitFor(ShellPhase phase) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.shell().phase() == phase);
        settle();
    }

    /** Lets background jobs finish and the FX thread lay out and render. */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> app.runningJobs().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void theme(ThemeChoice choice) throws Exception {
        fx(() -> {
            app.settings().themeProperty().set(choice);
            return null;
        });
        settle();
    }

    private void shoot(String screen, ThemeChoice theme) throws Exception {
        settle();
        Path file = fx(() -> Screenshots.save(stage.getScene(), screen + "-" + theme.name().toLowerCase()));
        assertThat(file).exists();
    }

    private String text(String selector) {
        return robot.lookup(selector).queryAs(Label.class).getText();
    }

    private void press(KeyCode... keys) throws Exception {
        robot.press(keys).release(keys);
        settle();
    }

    @Test
    void everyScreenWithTheDemoWorkspaceInBothThemes() throws Exception {
        boot(true);
        waitFor(ShellPhase.READY);
        Store store = app.session().requireStore();

        // the sidebar lists the five demo projects, each with a health dot that explains itself (the first score
        // check may reload the workspace once, rebuilding the sidebar: wait until that has settled)
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> robot.lookup(".health-dot").queryAll().size()) == 5);
        settle();
        assertThat(robot.lookup(".project-item").queryAll()).hasSize(5);
        Set<Node> dots = robot.lookup(".health-dot").queryAll();
        assertThat(dots).hasSize(5).allSatisfy(dot -> assertThat(dot.getAccessibleText()).startsWith("Health: "));

        // the lane counts are the store's
        Map<Horizon, Integer> open = store.tasks().countOpenByHorizon();
        assertThat(text("#lane-today-count")).isEqualTo(String.valueOf(open.getOrDefault(Horizon.TODAY, 0)));
        assertThat(text("#lane-week-count")).isEqualTo(String.valueOf(open.getOrDefault(Horizon.WEEK, 0)));
        assertThat(text("#lane-month-count")).isEqualTo(String.valueOf(open.getOrDefault(Horizon.MONTH, 0)));
        int done = store.tasks().countCompletedSince(Instant.now().minus(7, ChronoUnit.DAYS));
        assertThat(text("#lane-done-count")).isEqualTo(String.valueOf(done));
        assertThat(robot.lookup("#lane-today-cards").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(Math.min(3, open.getOrDefault(Horizon.TODAY, 0)));
        assertThat(text("#focus-summary")).matches("\\w{3} \\d{1,2} \\w{3} · .*");
        assertThat(text("#status-counts")).startsWith("5 projects · ");
        assertThat(text("#status-store")).startsWith("H2 ");

        for (ThemeChoice theme : THEMES) {
            theme(theme);
            press(KeyCode.CONTROL, KeyCode.DIGIT1);
            assertThat(app.shell().route()).isEqualTo(Route.FOCUS);
            shoot("focus", theme);

            press(KeyCode.CONTROL, KeyCode.DIGIT2);
            assertThat(app.shell().route()).isEqualTo(Route.of(Section.INBOX));
            assertThat(robot.lookup("#inbox").tryQuery()).isPresent();
            shoot("inbox-empty", theme);

            press(KeyCode.CONTROL, KeyCode.DIGIT3);
            assertThat(robot.lookup("#graph").tryQuery()).isPresent();
            shoot("graph", theme);

            press(KeyCode.CONTROL, KeyCode.DIGIT4);
            assertThat(app.shell().route()).isEqualTo(Route.of(Section.PROJECTS));
            assertThat(robot.lookup("#portfolio-table").queryTableView().getItems()).hasSize(5);
            shoot("projects", theme);

            press(KeyCode.CONTROL, KeyCode.DIGIT5);
            assertThat(robot.lookup("#connectors").tryQuery()).isPresent();
            shoot("connectors-empty", theme);

            press(KeyCode.CONTROL, KeyCode.DIGIT6);
            assertThat(robot.lookup("#settings").tryQuery()).isPresent();
            shoot("settings", theme);

            // Ctrl+K, type, the switcher finds the Kubernetes project and task
            press(KeyCode.CONTROL, KeyCode.K);
            assertThat(app.shell().switcherOpenProperty().get()).isTrue();
            robot.write("Kubernetes");
            settle();
            List<SwitcherItem> hits = fx(() -> List.copyOf(app.switcher().results()));
            assertThat(hits).anySatisfy(hit -> assertThat(hit.title()).contains("Kubernetes"));
            assertThat(hits).anySatisfy(hit -> assertThat(hit.kind()).isEqualTo(SwitcherItem.Kind.TASK));
            assertThat(robot.lookup("#switcher-results").queryListView().getSelectionModel().getSelectedIndex())
                    .isZero();
            shoot("switcher", theme);
            press(KeyCode.ESCAPE);
            assertThat(app.shell().switcherOpenProperty().get()).isFalse();

            // Ctrl+K, a project code, Enter opens its page
            press(KeyCode.CONTROL, KeyCode.K);
            robot.write("KUBE");
            settle();
            press(KeyCode.ENTER);
            assertThat(app.shell().route().isProjectPage()).isTrue();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#project-name").tryQuery().isPresent());
            settle();
            assertThat(text("#project-facts")).startsWith("KUBE · ");
            assertThat(text("#project-health")).startsWith("Health: ");
            shoot("project", theme);
        }

        // "Show all" expands a lane to every task it counts
        theme(ThemeChoice.LIGHT);
        press(KeyCode.CONTROL, KeyCode.DIGIT1);
        int week = open.getOrDefault(Horizon.WEEK, 0);
        robot.clickOn("#lane-week-toggle");
        settle();
        assertThat(robot.lookup("#lane-week-cards").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(week);
        assertThat(robot.lookup("#lane-week-toggle").queryButton().getText()).isEqualTo("Show fewer");
        shoot("focus-expanded", ThemeChoice.LIGHT);
    }

    @Test
    void firstRunOnAnEmptyStoreOffersTheWelcomeScreen() throws Exception {
        boot(false);
        waitFor(ShellPhase.WELCOME);
        assertThat(robot.lookup("#create-demo").tryQuery()).isPresent();
        for (ThemeChoice theme : THEMES) {
            theme(theme);
            shoot("welcome", theme);
        }

        robot.clickOn("#start-empty");
        waitFor(ShellPhase.READY);
        assertThat(robot.lookup(".project-item").queryAll()).isEmpty();
        assertThat(text("#lane-today-count")).isEqualTo("0");
        assertThat(text("#status-counts")).isEqualTo("0 projects · 0 open tasks");
        shoot("focus-empty", ThemeChoice.DARK);
    }

    @Test
    void startupReportPrintsOneLineOnceDataHasBeenDrawn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountDownLatch exited = new CountDownLatch(1);
        StartupReport report = new StartupReport(new PrintStream(out, true, StandardCharsets.UTF_8), exited::countDown);
        boot(true, () -> Store.open(StoreConfig.h2File(dataDir)), shell -> shell.onDataShown(report::dataShown));

        assertThat(exited.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(app.shell().phase()).isEqualTo(ShellPhase.READY);
        assertThat(out.toString(StandardCharsets.UTF_8)).matches("startup-ms: \\d+\\R");
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void aStoreFailureShowsTheErrorScreenAndReportsIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountDownLatch exited = new CountDownLatch(1);
        StartupReport report = new StartupReport(new PrintStream(out, true, StandardCharsets.UTF_8), exited::countDown);
        boot(false, () -> {
            throw new IllegalStateException("Database may be already in use: quarterdeck.mv.db");
        }, shell -> shell.onFailure(report::failed));

        waitFor(ShellPhase.FAILED);
        assertThat(text("#failure-message")).isEqualTo("Database may be already in use: quarterdeck.mv.db");
        assertThat(exited.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("startup-error: Database may be already in use: quarterdeck.mv.db" + System.lineSeparator());
        assertThat(report.exitCode()).isEqualTo(1);
        shoot("error", ThemeChoice.LIGHT);
    }

    @Test
    void startUpWorkIsListedInTheStatusBarAndCanBeCancelled() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        boot(false, () -> {
            release.await(60, TimeUnit.SECONDS);
            throw new IllegalStateException("released after the test");
        }, shell -> { });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> app.runningJobs().size() == 1));
            WaitForAsyncUtils.waitForFxEvents(5);
            assertThat(app.shell().phase()).isEqualTo(ShellPhase.LOADING);
            assertThat(robot.lookup(".status-job .label").queryAs(Label.class).getText())
                    .startsWith("Opening workspace");
            Path file = fx(() -> Screenshots.save(stage.getScene(), "loading-light"));
            assertThat(file).exists();

            robot.clickOn(".status-job .button");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.shell().phase() == ShellPhase.FAILED);
            WaitForAsyncUtils.waitForFxEvents(5);
            assertThat(fx(() -> app.runningJobs().isEmpty())).isTrue();
            assertThat(text("#failure-message")).startsWith("Opening workspace was cancelled.");
        } finally {
            release.countDown();
        }
    }

    @Test
    void themeAndWindowBoundsAreRemembered() throws Exception {
        boot(false);
        waitFor(ShellPhase.WELCOME);
        theme(ThemeChoice.DARK);
        assertThat(new SettingsFile(dataDir).load().theme()).isEqualTo(ThemeChoice.DARK);

        FxToolkit.setupFixture(() -> app.close());
        Settings saved = new SettingsFile(dataDir).load();
        assertThat(saved.theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(saved.windowBounds()).hasValueSatisfying(bounds -> {
            assertThat(bounds.width()).isEqualTo(1400);
            assertThat(bounds.height()).isEqualTo(900);
        });
    }

    @Test
    void createDemoFromTheWelcomeScreenFillsTheWorkspace() throws Exception {
        boot(false);
        waitFor(ShellPhase.WELCOME);
        robot.clickOn("#create-demo");
        waitFor(ShellPhase.READY);
        assertThat(robot.lookup(".project-item").queryAll()).hasSize(5);
        assertThat(app.session().requireStore().projects().list()).hasSize(5);
    }

    @Test
    void theTeamDatabaseSettingSaysWhatIsWrongNextToTheFieldAndSavesOnlyAGoodUrl() throws Exception {
        boot(true);
        waitFor(ShellPhase.READY);
        press(KeyCode.CONTROL, KeyCode.DIGIT6);
        TextField url = robot.lookup("#team-database-url").queryAs(TextField.class);

        fx(() -> {
            url.setText("postgres://db.internal/quarterdeck");
            return null;
        });
        robot.clickOn("#team-database-save");
        settle();
        assertThat(text("#team-database-error")).contains("is not a PostgreSQL URL");
        assertThat(TeamDatabaseSetting.read(dataDir)).isEmpty();
        shoot("settings-team-database-error", ThemeChoice.LIGHT);

        fx(() -> {
            url.setText("jdbc:postgresql://db.internal/quarterdeck");
            return null;
        });
        robot.clickOn("#team-database-save");
        settle();
        assertThat(text("#team-database-error")).isEmpty();
        assertThat(text("#team-database-state")).startsWith("Next start: jdbc:postgresql://db.internal/quarterdeck");
        assertThat(TeamDatabaseSetting.read(dataDir)).contains("jdbc:postgresql://db.internal/quarterdeck");

        robot.clickOn("#team-database-embedded");
        settle();
        assertThat(TeamDatabaseSetting.read(dataDir)).isEmpty();
        assertThat(text("#team-database-state")).isEqualTo("Next start: the embedded store in the data folder.");
    }
}
