package dev.quarterdeck.app.shell;

import dev.quarterdeck.app.LaunchOptions;
import dev.quarterdeck.app.background.BackgroundJob;
import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.ai.AiSettingsFile;
import dev.quarterdeck.app.ai.AiSettingsModel;
import dev.quarterdeck.app.ai.AiSettingsView;
import dev.quarterdeck.app.ask.AskHistoryFile;
import dev.quarterdeck.app.ask.AskModel;
import dev.quarterdeck.app.ask.AskView;
import dev.quarterdeck.app.briefing.BriefingModel;
import dev.quarterdeck.app.briefing.BriefingSettingsModel;
import dev.quarterdeck.app.briefing.BriefingSettingsView;
import dev.quarterdeck.app.tray.FxTrayIconPort;
import dev.quarterdeck.app.tray.TrayActions;
import dev.quarterdeck.app.tray.TrayService;
import dev.quarterdeck.app.tray.TraySettingView;
import dev.quarterdeck.core.briefing.Briefing;
import dev.quarterdeck.app.briefing.BriefingView;
import dev.quarterdeck.app.connectors.ConnectorsScreen;
import dev.quarterdeck.app.focus.FocusModel;
import dev.quarterdeck.app.focus.FocusView;
import dev.quarterdeck.app.graph.GraphModel;
import dev.quarterdeck.app.graph.GraphView;
import dev.quarterdeck.app.inbox.InboxModel;
import dev.quarterdeck.app.inbox.InboxView;
import dev.quarterdeck.app.portability.FileFeatures;
import dev.quarterdeck.app.projects.PortfolioModel;
import dev.quarterdeck.app.projects.intake.IntakeModel;
import dev.quarterdeck.app.projects.PortfolioView;
import dev.quarterdeck.app.projects.ProjectPageModel;
import dev.quarterdeck.app.projects.ProjectPageView;
import dev.quarterdeck.app.settings.Settings;
import dev.quarterdeck.app.settings.SettingsFile;
import dev.quarterdeck.app.settings.SettingsModel;
import dev.quarterdeck.app.settings.SettingsView;
import dev.quarterdeck.app.settings.SystemColorScheme;
import dev.quarterdeck.app.settings.WindowBounds;
import dev.quarterdeck.app.switcher.SwitcherItem;
import dev.quarterdeck.app.task.TaskPanelModel;
import dev.quarterdeck.app.switcher.SwitcherModel;
import dev.quarterdeck.app.switcher.SwitcherView;
import dev.quarterdeck.connectors.ollama.OllamaLanguageModel;
import dev.quarterdeck.core.agent.AgentModel;
import dev.quarterdeck.core.ai.LanguageModel;
import dev.quarterdeck.core.ai.ModelSettings;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the window: builds every model and view by hand, wires navigation, theme and
 * shortcuts, shows the stage, then starts the store session in the background.
 */
public final class QuarterdeckShell implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QuarterdeckShell.class);
    private static final String STYLESHEET = "/dev/quarterdeck/app/ui/quarterdeck.css";
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final LaunchOptions options;
    private final Clock clock;
    private final BackgroundTasks background;
    private final ShellModel shell = new ShellModel();
    private final SettingsModel settings;
    private final WorkspaceSession session;
    private final FocusModel focus;
    private final PortfolioModel portfolio;
    private final ProjectPageModel projectPage;
    private final SwitcherModel switcher;
    private final InboxModel inbox;
    private final BriefingModel briefing;
    private final AskModel ask;
    private final AiSettingsModel aiSettings;
    private javafx.animation.Timeline briefingTimer;
    private final GraphModel graph;
    private final TaskPanelModel graphPanel;
    private final ConnectorsScreen connectors;
    private final TrayService tray;
    private final BriefingSettingsModel briefingSettings;
    private Runnable quit = Platform::exit;
    private final Map<Section, Node> sectionViews = new EnumMap<>(Section.class);
    private Consumer<Scene> onDataShown = scene -> { };
    private Consumer<String> onFailure = message -> { };
    private ProjectPageView projectPageView;
    private FileFeatures files;
    private boolean dataShownOnce;
    private Scene scene;
    private Stage stage;

    public QuarterdeckShell(LaunchOptions options, Settings initialSettings, Clock clock,
            Map<String, String> environment, WorkspaceSession.StoreOpener opener, BackgroundTasks background) {
        this.options = options;
        this.clock = clock;
        this.background = background;
        shell.storeLocationProperty().set(StoreLocation.describe(options, Path.of(System.getProperty("user.home"))));
        this.settings = new SettingsModel(initialSettings, new SettingsFile(options.dataDir()), background,
                SystemColorScheme.prefersDark(environment), options.dataDir().toAbsolutePath().toString(),
                options.databaseUrl().map(StoreLocation::describeUrl).orElseGet(
                        () -> StoreLocation.describeUrl(StoreConfig.h2File(options.dataDir()).jdbcUrl())));
        this.session = new WorkspaceSession(background, opener, clock, shell, this::showData);
        this.focus = new FocusModel(background, session::requireStore, clock);
        focus.onChanged(session::load);
        this.portfolio = new PortfolioModel(id -> shell.navigate(Route.project(id)));
        this.projectPage = new ProjectPageModel(background, session::requireStore, clock, session::load);
        portfolio.useIntake(() -> new IntakeModel(background, session::requireStore, clock, null));
        portfolio.useRestore(deleted -> projectPage.restore(deleted, restored -> {
            portfolio.noticeProperty().set("Restored " + restored.name() + " (" + restored.code() + ").");
            shell.navigate(Route.project(restored.id()));
        }, problem -> portfolio.noticeProperty().set("Could not restore: " + problem)));
        this.graph = new GraphModel(background, session::requireStore, clock);
        // "Open task" on a graph node opens the task drawer over the graph (the same drawer as on Focus)
        this.graphPanel = focus.panelFor(session::load);
        graph.setOnOpenTask(graphPanel::open);
        this.connectors = new ConnectorsScreen(background, session::requireStore, options.dataDir(), clock,
                settings);
        this.switcher = new SwitcherModel(background, (text, limit) -> session.requireStore().tasks().search(text,
                limit), this::open);
        this.inbox = new InboxModel(background, session::requireStore, clock, session::load);
        inbox.useAgentModel(this::agentModel);
        projectPage.useAgentModel(this::agentModel);
        shell.inboxCountProperty().bind(inbox.pendingCountProperty());
        // the AI settings as saved now, read per request so a change in Settings → AI applies to the next one
        Supplier<LanguageModel> languageModel = () -> OllamaLanguageModel.fromSettings(
                new AiSettingsFile(options.dataDir()).load());
        this.briefing = new BriefingModel(background, session::requireStore, clock, languageModel);
        this.aiSettings = new AiSettingsModel(background, new AiSettingsFile(options.dataDir()),
                OllamaLanguageModel::fromSettings);
        this.ask = new AskModel(background, session::requireStore, clock, new AskHistoryFile(options.dataDir()),
                languageModel);
        this.tray = new TrayService(new FxTrayIconPort(() -> stage), background, initialSettings.keepInTray(),
                settings::rememberKeepInTray);
        this.briefingSettings = new BriefingSettingsModel(background, session::requireStore, clock,
                briefing::useSettings);
        briefing.onScheduled(this::briefingArrived);
        shell.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == ShellPhase.FAILED) {
                onFailure.accept(shell.failureProperty().get());
            }
        });
    }

    /** The model the agents and document analysis ask, as the AI settings say now (background threads). */
    private AgentModel agentModel() {
        ModelSettings settings = new AiSettingsFile(options.dataDir()).load();
        return new AgentModel(OllamaLanguageModel.fromSettings(settings), settings.model());
    }

    /** Called with the scene once loaded data has been put into it (for the startup report). */
    public void onDataShown(Consumer<Scene> action) {
        this.onDataShown = action;
    }

    public void onFailure(Consumer<String> action) {
        this.onFailure = action;
    }

    /** What really ending the app does (the tray's Quit, closing the window without a tray); tests replace it. */
    public void onQuit(Runnable action) {
        this.quit = action;
    }

    /**
     * Starts opening the store in the background, then builds the scene into the stage, places and shows it.
     * FX thread. Building and styling the scene takes the FX thread a second or two in a cold JVM; the store
     * opens on a worker meanwhile, and the window never waits for it.
     */
    public void show(Stage target) {
        show(target, null);
    }

    /**
     * As {@link #show(Stage)}, taking over the store opening that {@code early} began before the toolkit started
     * ({@code null}: open it now).
     */
    public void show(Stage target, WorkspaceOpening early) {
        this.stage = target;
        if (early == null) {
            session.start(options.demo());
        } else {
            session.start(early);
        }
        long started = System.nanoTime();
        ThemeApplier.apply(settings.darkProperty().get());
        LOG.debug("Theme applied in {} ms", (System.nanoTime() - started) / 1_000_000);
        settings.darkProperty().addListener((obs, old, dark) -> ThemeApplier.apply(dark));

        shell.switcherOpenProperty().addListener((obs, was, open) -> {
            if (open) {
                switcher.reset();
            }
        });
        ShellView view = new ShellView(shell, background, this::page,
                () -> StartScreens.welcome(session::createDemo, session::startEmpty, session.busyProperty(),
                        shell.storeLocationProperty().get()),
                () -> new SwitcherView(switcher));

        LOG.debug("Shell view built in {} ms", (System.nanoTime() - started) / 1_000_000);
        WindowBounds bounds = WindowPlacement.place(settings.current().windowBounds(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
        files = new FileFeatures(background, () -> stage, () -> QuarterdeckShell.class.getResource(STYLESHEET)
                .toExternalForm(), session::requireStore,
                () -> shell.route().isProjectPage() ? Optional.of(shell.route().projectId()) : Optional.empty(),
                session::load, session::adopt, options.dataDir(), clock);
        view.addBrandAction(files.menu());
        view.addOverlay(files.snackbar());
        scene = new Scene(view, bounds.width(), bounds.height());
        scene.getStylesheets().add(QuarterdeckShell.class.getResource(STYLESHEET).toExternalForm());
        installShortcuts(scene);

        target.setTitle("Quarterdeck");
        target.setScene(scene);
        target.setX(bounds.x());
        target.setY(bounds.y());
        target.setMaximized(bounds.maximized());
        target.setMinWidth(900);
        target.setMinHeight(560);
        target.setOnCloseRequest(e -> {
            rememberBounds();
            if (tray.keepsRunningOnClose()) {
                e.consume();
                target.hide();
                LOG.info("Window closed; still running in the tray");
            } else {
                // explicit: once a tray icon existed, JavaFX no longer exits when its last window closes
                quit.run();
            }
        });
        LOG.debug("Scene ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        target.show();
    }

    private void installShortcuts(Scene target) {
        for (Section section : Section.values()) {
            target.getAccelerators().put(new KeyCodeCombination(DIGITS[section.ordinal()],
                    KeyCombination.SHORTCUT_DOWN), () -> shell.select(section));
        }
        target.getAccelerators().put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                shell::openSwitcher);
        target.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && shell.switcherOpenProperty().get()) {
                shell.closeSwitcher();
                e.consume();
            }
        });
    }

    private Node page(Route route) {
        if (route.isProjectPage()) {
            projectPage.show(route.projectId());
            if (projectPageView == null) {
                projectPageView = new ProjectPageView(projectPage);
                projectPageView.onDeleted(deleted -> {
                    portfolio.offerUndo(deleted);
                    shell.select(Section.PROJECTS);
                });
            }
            return projectPageView;
        }
        return sectionViews.computeIfAbsent(route.section(), this::createView);
    }

    private Node createView(Section section) {
        return switch (section) {
            case FOCUS -> new FocusView(focus);
            case INBOX -> new InboxView(inbox);
            case GRAPH -> {
                GraphView view = new GraphView(graph, graphPanel);
                graph.reload();
                yield view;
            }
            case PROJECTS -> portfolioView();
            case CONNECTORS -> connectors.view();
            case SETTINGS -> {
                briefingSettings.load();
                yield new SettingsView(settings, new AiSettingsView(aiSettings),
                        new BriefingSettingsView(briefingSettings, new TraySettingView(tray)));
            }
            case BRIEFING -> briefingView();
            case ASK -> {
                ask.load();
                yield new AskView(ask);
            }
        };
    }

    private PortfolioView portfolioView() {
        PortfolioView view = new PortfolioView(portfolio, clock);
        view.onCreated(created -> {
            session.load();
            shell.navigate(Route.project(created.id()));
        });
        settings.darkProperty().addListener((obs, old, dark) -> Platform.runLater(view::retheme));
        return view;
    }

    private Node briefingView() {
        BriefingView view = new BriefingView(briefing);
        if (briefing.briefing().isEmpty()) {
            briefing.showNewest();
        }
        return view;
    }

    /**
     * Checks the briefing schedule 10 s after the data shows (not competing with the first frame's loading), then
     * every half minute; a slot missed while asleep or closed is composed once at wake or start.
     */
    private void startBriefingTimer() {
        if (briefingTimer != null) {
            return;
        }
        briefingTimer = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(10), e -> briefing.tick()), new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(30), e -> { }));
        briefingTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
        briefingTimer.play();
    }

    private void open(SwitcherItem item) {
        shell.navigate(item.projectId() == null ? Route.FOCUS : Route.project(item.projectId()));
    }

    private void showData(WorkspaceData data) {
        long started = System.nanoTime();
        focus.show(data.focus(), data.projectCodes());
        portfolio.show(data.portfolio());
        switcher.setProjects(data.projects());
        LOG.debug("Data put into the scene in {} ms", (System.nanoTime() - started) / 1_000_000);
        graph.refreshIfShown();
        onDataShown.accept(scene);
        if (dataShownOnce) {
            refreshSideData();
        } else {
            dataShownOnce = true;
            afterFrame(2, () -> {
                refreshSideData();
                startBackgroundChores();
            });
        }
    }

    /** The data beside the page: task scores, the inbox badge, connector status. */
    private void refreshSideData() {
        focus.prepare();
        inbox.refresh();
        connectors.start();
    }

    /**
     * Work that keeps the workspace up to date but that the first frame does not need: briefings due since the
     * last run, the daily backup, warming the graph layout. It starts once the first frame with data has been
     * drawn, so it does not compete with it for the two cores.
     */
    private void startBackgroundChores() {
        startBriefingTimer();
        if (!options.startupReport()) {
            tray.start(trayActions());
        }
        if (files != null) {
            files.startAutoBackup();
        }
        graph.warmUp();
    }

    private TrayActions trayActions() {
        return new TrayActions(this::reveal, () -> {
            reveal();
            shell.select(Section.BRIEFING);
            briefing.showNewest();
        }, this::syncAllAccounts, () -> quit.run(), shown -> {
            reveal();
            shell.select(Section.BRIEFING);
            briefing.open(shown);
        });
    }

    /** A scheduled briefing arrived: a tray notification where there is a tray, and the Briefing badge always. */
    private void briefingArrived(Briefing made) {
        if (shell.route().section() != Section.BRIEFING || stage == null || !stage.isShowing()) {
            shell.newBriefingProperty().set(made.markdown().lines().findFirst().orElse("").replaceFirst("^# ", ""));
        }
        tray.deliver(made);
    }

    /** The tray's "Sync now": every connected account that is not already syncing. */
    private void syncAllAccounts() {
        var rows = connectors.model().rows();
        if (rows.isEmpty()) {
            tray.notify("Nothing to sync", "No account is connected yet: add one under Connectors.");
            return;
        }
        rows.stream().filter(row -> !row.busyProperty().get()).forEach(connectors.model()::syncNow);
        tray.notify("Syncing", rows.size() == 1 ? "Syncing 1 account." : "Syncing " + rows.size() + " accounts.");
    }

    private void reveal() {
        if (stage != null) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
    }

    /** Runs {@code action} on the FX thread after {@code pulses} more pulses of the scene (frames drawn). */
    private void afterFrame(int pulses, Runnable action) {
        int[] seen = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++seen[0] < pulses) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void rememberBounds() {
        if (stage == null) {
            return;
        }
        try {
            settings.rememberWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(QuarterdeckShell.class).warn("Could not remember the window", e);
        }
    }

    public ShellModel shell() {
        return shell;
    }

    public SettingsModel settings() {
        return settings;
    }

    public FocusModel focus() {
        return focus;
    }

    /** The task drawer's model: {@code taskPanel().open(taskId)} shows any task (Focus cards, the graph). */
    public TaskPanelModel taskPanel() {
        return focus.panel();
    }

    public AiSettingsModel aiSettings() {
        return aiSettings;
    }

    public AskModel ask() {
        return ask;
    }

    public BriefingModel briefing() {
        return briefing;
    }

    /** The tray icon and the window-close rule. */
    public TrayService tray() {
        return tray;
    }

    public BriefingSettingsModel briefingSettings() {
        return briefingSettings;
    }

    public InboxModel inbox() {
        return inbox;
    }

    /** The graph screen's model; {@link GraphModel#setOnOpenTask} is where the task panel gets wired. */
    public GraphModel graph() {
        return graph;
    }

    /** The task drawer over the graph ("Open task" on a node). */
    public TaskPanelModel graphTaskPanel() {
        return graphPanel;
    }

    public SwitcherModel switcher() {
        return switcher;
    }

    public WorkspaceSession session() {
        return session;
    }

    /** Background jobs still running (FX thread). */
    /** The connectors screen's account rows (tests). */
    public ObservableList<dev.quarterdeck.app.connectors.AccountRow> connectorsRows() {
        return connectors.model().rows();
    }

    /** "Test all" on the connectors screen (tests). */
    public void connectorsTestAll() {
        connectors.model().testAll();
    }

    public ObservableList<BackgroundJob> runningJobs() {
        return background.running();
    }

    /** The File menu, snackbar, Diagnostics window and daily backup (present once shown). */
    public Optional<FileFeatures> files() {
        return Optional.ofNullable(files);
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    @Override
    public void close() {
        if (briefingTimer != null) {
            briefingTimer.stop();
        }
        tray.close();
        rememberBounds();
        if (files != null) {
            files.close();
        }
        // jobs still running would fail on the closed store; cancelled ones end quietly
        List.copyOf(background.running()).forEach(BackgroundJob::cancel);
        background.close();
        session.close();
    }
}
