package dev.quarterdeck.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.focus.FocusLane;
import dev.quarterdeck.app.focus.FocusModel;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.StoreConfig;
import dev.quarterdeck.core.task.Horizon;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up against a real H2 store in a temporary folder, with background work run synchronously. */
class WorkspaceSessionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-22T08:30:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDir;

    private final BackgroundTasks background = BackgroundTasks.synchronous();
    private final ShellModel shell = new ShellModel();
    private final List<WorkspaceData> loaded = new ArrayList<>();
    private WorkspaceSession session;

    private WorkspaceSession session(WorkspaceSession.StoreOpener opener) {
        session = new WorkspaceSession(background, opener, CLOCK, shell, loaded::add);
        return session;
    }

    private WorkspaceSession.StoreOpener realStore() {
        return () -> Store.open(StoreConfig.h2File(dataDir));
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anEmptyStoreOffersTheWelcomeScreen() {
        session(realStore()).start(false);

        assertThat(shell.phase()).isEqualTo(ShellPhase.WELCOME);
        assertThat(loaded).isEmpty();
        assertThat(session.busyProperty().get()).isFalse();
    }

    @Test
    void startEmptyShowsAnEmptyWorkspace() {
        session(realStore()).start(false);
        session.startEmpty();

        assertThat(shell.phase()).isEqualTo(ShellPhase.READY);
        assertThat(shell.projects()).isEmpty();
        assertThat(shell.loadedCountsProperty().get()).isEqualTo("0 projects · 0 open tasks");
    }

    @Test
    void demoOptionFillsAnEmptyStoreAndLoadsIt() {
        session(realStore()).start(true);

        assertThat(shell.phase()).isEqualTo(ShellPhase.READY);
        assertThat(shell.projects()).hasSize(5)
                .extracting(SidebarProject::code).contains("ATLAS", "KUBE", "NOVA", "HIRE", "GRANT");
        assertThat(shell.projects()).allSatisfy(p -> assertThat(p.healthReasons()).isNotEmpty());
        Store store = session.requireStore();
        int open = store.tasks().countOpenByHorizon().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(shell.loadedCountsProperty().get()).isEqualTo("5 projects · " + open + " open tasks");
        assertThat(loaded).hasSize(1);
    }

    @Test
    void welcomeCreateDemoImportsOnceAndLoads() {
        session(realStore()).start(false);
        session.createDemo();

        assertThat(shell.phase()).isEqualTo(ShellPhase.READY);
        assertThat(session.requireStore().projects().list()).hasSize(5);
    }

    @Test
    void aSecondStartOnTheSameFolderDoesNotImportAgain() {
        session(realStore()).start(true);
        int tasks = session.requireStore().tasks().listByProject(shell.projects().get(0).id()).size();
        session.close();

        session(realStore()).start(true);
        assertThat(session.requireStore().projects().list()).hasSize(5);
        assertThat(session.requireStore().tasks().listByProject(shell.projects().get(0).id())).hasSize(tasks);
    }

    @Test
    void aStoreThatCannotOpenShowsTheReason() {
        session(() -> {
            throw new IllegalStateException("Database may be already in use: quarterdeck.mv.db");
        }).start(false);

        assertThat(shell.phase()).isEqualTo(ShellPhase.FAILED);
        assertThat(shell.failureProperty().get()).isEqualTo("Database may be already in use: quarterdeck.mv.db");
    }

    @Test
    void focusLanesHoldTheTopThreeByScoreAndTheStoreCounts() {
        session(realStore()).start(true);
        FocusModel focus = new FocusModel(background, session::requireStore, CLOCK);
        WorkspaceData data = loaded.get(0);
        focus.show(data.focus(), data.projectCodes());

        Store store = session.requireStore();
        Map<Horizon, Integer> counts = store.tasks().countOpenByHorizon();
        FocusModel.LaneModel today = focus.lane(FocusLane.TODAY);
        assertThat(today.countProperty().get()).isEqualTo(counts.get(Horizon.TODAY));
        assertThat(today.cards()).extracting(c -> c.title())
                .containsExactlyElementsOf(store.tasks().topOpenByHorizon(Horizon.TODAY, 3).stream()
                        .map(t -> t.title()).toList());
        assertThat(focus.summaryProperty().get()).startsWith("Sat 22 Nov · ");

        FocusModel.LaneModel week = focus.lane(FocusLane.WEEK);
        assertThat(week.hasMore()).isTrue();
        week.showAll();
        assertThat(week.cards()).hasSize(counts.get(Horizon.WEEK));
        assertThat(week.expandedProperty().get()).isTrue();
        week.showFewer();
        assertThat(week.cards()).hasSize(3);
    }

    @Test
    void anOpeningBegunBeforeTheToolkitIsTakenOverAndShown() {
        WorkspaceOpening early = WorkspaceOpening.begin(realStore(), true, CLOCK);
        session(() -> {
            throw new AssertionError("the session must not open the store a second time");
        }).start(early);

        assertThat(shell.phase()).isEqualTo(ShellPhase.READY);
        assertThat(shell.projects()).hasSize(5);
        assertThat(loaded).hasSize(1);
        assertThat(session.requireStore().projects().list()).hasSize(5);
    }

    @Test
    void anEarlyOpeningThatFailsShowsTheReason() {
        WorkspaceOpening early = WorkspaceOpening.begin(() -> {
            throw new IllegalStateException("Database may be already in use: quarterdeck.mv.db");
        }, false, CLOCK);
        session(realStore()).start(early);

        assertThat(shell.phase()).isEqualTo(ShellPhase.FAILED);
        assertThat(shell.failureProperty().get()).isEqualTo("Database may be already in use: quarterdeck.mv.db");
    }
}
