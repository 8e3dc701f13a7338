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
import dev.quarterdeck.app.briefing.BriefingView;
import dev.quarterdeck.app.connectors.ConnectorsView;
import dev.quarterdeck.app.focus.FocusModel;
import dev.quarterdeck.app.focus.FocusView;
import dev.quarterdeck.app.graph.GraphView;
import dev.quarterdeck.app.inbox.InboxModel;
import dev.quarterdeck.app.inbox.InboxView;
import dev.quarterdeck.app.projects.PortfolioModel;
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
import dev.quarterdeck.app.switcher.SwitcherModel;
import dev.quarterdeck.app.switcher.SwitcherView;
import dev.quarterdeck.connectors.ollama.OllamaLanguageModel;
import dev.quarterdeck.core.store.StoreConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The composition root of the window: builds every model and view by hand, wires navigation, theme and
 * shortcuts, shows the stage, then starts the store session in the background.
 */
public final class QuarterdeckShell implements AutoCloseable {

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
    private final Map<Section, Node> sectionViews = new EnumMap<>(Section.class);
    private Consumer<Scene> onDataShown = scene -> { };
    private Consumer<String> onFailure = message -> { };
    private ProjectPageView projectPageView;
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
        this.portfolio = new PortfolioModel(id -> shell.navigate(Route.project(id)));
        this.projectPage = new ProjectPageModel(background, session::requireStore, clock);
        this.switcher = new SwitcherModel(background, (text, limit) -> session.requireStore().tasks().search(text,
                limit), this::open);
        this.inbox = new InboxModel(background, session::requireStore, clock, session::load);
        shell.inboxCountProperty().bind(inbox.pendingCountProperty());
        this.briefing = new BriefingModel(background, session::requireStore, clock);
        this.aiSettings = new AiSettingsModel(background, new AiSettingsFile(options.dataDir()),
                OllamaLanguageModel::fromSettings);
        this.ask = new AskModel(background, session::requireStore, clock, new AskHistoryFile(options.dataDir()));
        shell.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == ShellPhase.FAILED) {
                onFailure.accept(shell.failureProperty().get());
            }
        });
    }

    /** Called with the scene once loaded data has been put into it (for the startup report). */
    public void onDataShown(Consumer<Scene> action) {
        this.onDataShown = action;
    }

    public void onFailure(Consumer<String> action) {
        this.onFailure = action;
    }

    /**
     * Starts opening the store in the background, then builds the scene into the stage, places and shows it.
     * FX thread. Building and styling the scene takes the FX thread a second or two in a cold JVM; the store
     * opens on a worker meanwhile, and the window never waits for it.
     */
    public void show(Stage target) {
        this.stage = target;
        session.start(options.demo());
        ThemeApplier.apply(settings.darkProperty().get());
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

        WindowBounds bounds = WindowPlacement.place(settings.current().windowBounds(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
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
        target.setOnCloseRequest(e -> rememberBounds());
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
            }
            return projectPageView;
        }
        return sectionViews.computeIfAbsent(route.section(), this::createView);
    }

    private Node createView(Section section) {
        return switch (section) {
            case FOCUS -> new FocusView(focus);
            case INBOX -> new InboxView(inbox);
            case GRAPH -> new GraphView();
            case PROJECTS -> new PortfolioView(portfolio, clock);
            case CONNECTORS -> new ConnectorsView();
            case SETTINGS -> new SettingsView(settings, new AiSettingsView(aiSettings));
            case BRIEFING -> briefingView();
            case ASK -> {
                ask.load();
                yield new AskView(ask);
            }
        };
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
        focus.show(data.focus(), data.projectCodes());
        portfolio.show(data.portfolio());
        switcher.setProjects(data.projects());
        inbox.refresh();
        startBriefingTimer();
        onDataShown.accept(scene);
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

    public AiSettingsModel aiSettings() {
        return aiSettings;
    }

    public AskModel ask() {
        return ask;
    }

    public BriefingModel briefing() {
        return briefing;
    }

    public InboxModel inbox() {
        return inbox;
    }

    public SwitcherModel switcher() {
        return switcher;
    }

    public WorkspaceSession session() {
        return session;
    }

    /** Background jobs still running (FX thread). */
    public ObservableList<BackgroundJob> runningJobs() {
        return background.running();
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    @Override
    public void close() {
        if (briefingTimer != null) {
            briefingTimer.stop();
        }
        rememberBounds();
        session.close();
        background.close();
    }
}
