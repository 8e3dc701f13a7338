package dev.quarterdeck.app.focus;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.app.task.TaskPanelModel;
import dev.quarterdeck.core.focus.FocusScoring;
import dev.quarterdeck.core.focus.ScoreWeights;
import dev.quarterdeck.core.focus.TaskActions;
import dev.quarterdeck.core.store.Store;
import dev.quarterdeck.core.store.Undo;
import dev.quarterdeck.core.task.Horizon;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Focus screen's state: the summary line and four lanes. A lane shows its top cards; "Show all" loads the
 * rest in the background and "Show fewer" goes back to the preview.
 */
public final class FocusModel {

    /** One column of the board. */
    public final class LaneModel {

        private final FocusLane lane;
        private final IntegerProperty count = new SimpleIntegerProperty(this, "count", 0);
        private final ObservableList<FocusCard> cards = FXCollections.observableArrayList();
        private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded", false);
        private List<FocusCard> preview = List.of();

        private LaneModel(FocusLane lane) {
            this.lane = lane;
        }

        public FocusLane lane() {
            return lane;
        }

        public IntegerProperty countProperty() {
            return count;
        }

        public ObservableList<FocusCard> cards() {
            return cards;
        }

        public BooleanProperty expandedProperty() {
            return expanded;
        }

        /** True when the lane holds more tasks than it shows. */
        public boolean hasMore() {
            return count.get() > cards.size();
        }

        public void showAll() {
            if (!hasMore()) {
                expanded.set(true);
                return;
            }
            int total = count.get();
            Map<UUID, String> codes = projectCodes;
            background.run("Loading " + lane.title().toLowerCase(Locale.ROOT),
                    () -> new FocusQuery(store.get(), clock).all(lane, total, codes),
                    all -> {
                        cards.setAll(all);
                        expanded.set(true);
                    }, failure -> { });
        }

        public void showFewer() {
            cards.setAll(preview);
            expanded.set(false);
        }

        private void show(FocusBoard.LaneContent content) {
            if (!expanded.get() && content.count() == count.get() && content.cards().equals(preview)) {
                return; // the reload after a change brings what the change already showed: keep the cards' nodes
            }
            preview = content.cards();
            count.set(content.count());
            cards.setAll(preview);
            expanded.set(false);
        }
    }

    private final BackgroundTasks background;
    private final Supplier<Store> store;
    private final Clock clock;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final List<LaneModel> lanes = new ArrayList<>();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice");
    private final QuickAddModel quickAdd;
    private final TaskPanelModel panel;
    private Map<UUID, String> projectCodes = Map.of();
    private Runnable onChanged = () -> { };
    private TaskActions actions;
    private Store actionsStore;
    private Store scoredStore;

    public FocusModel(BackgroundTasks background, Supplier<Store> store, Clock clock) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        for (FocusLane lane : FocusLane.values()) {
            lanes.add(new LaneModel(lane));
        }
        this.quickAdd = new QuickAddModel(background, this::actions, clock, this::changed);
        this.panel = new TaskPanelModel(background, store, this::actions, this::changed);
    }

    /**
     * What to run after the user changed a task here (the shell reloads the workspace, which calls {@link #show}).
     */
    public void onChanged(Runnable action) {
        this.onChanged = action;
    }

    /**
     * The task services, made on first use on a worker thread: loading the scoring index reads every task once.
     * Made again when the store was replaced (a new session).
     */
    synchronized TaskActions actions() {
        Store current = store.get();
        if (actions == null || actionsStore != current) {
            actions = new TaskActions(current, FocusScoring.load(current, ScoreWeights.DEFAULT, clock), clock);
            actionsStore = current;
        }
        return actions;
    }

    /**
     * Loads the task services in the background so that the first tick does not pay for it, and brings every open
     * task's stored score and horizon in line with the prioritiser once per store (imported or older data may carry
     * other scores); the board is reloaded when that changed anything.
     */
    public void prepare() {
        background.run("Preparing task scores", this::scoreOncePerStore, changed -> {
            if (changed > 0) {
                onChanged.run();
            }
        }, failure -> { });
    }

    private synchronized int scoreOncePerStore() {
        TaskActions ready = actions();
        if (scoredStore == actionsStore) {
            return 0;
        }
        scoredStore = actionsStore;
        return ready.scoring().rescoreAll();
    }

    /** A message at the bottom of the screen; {@code undoable} adds the Undo button. */
    public record Notice(String text, boolean undoable, boolean error) {
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public QuickAddModel quickAdd() {
        return quickAdd;
    }

    public TaskPanelModel panel() {
        return panel;
    }

    /**
     * Another task drawer on the same task services, for a screen of its own (the graph opens one over its canvas);
     * {@code onChanged} runs after the user changed a task in it.
     */
    public TaskPanelModel panelFor(Runnable onChanged) {
        return new TaskPanelModel(background, store, this::actions, onChanged);
    }

    /** Ticking a card: the task is done and moves to the Done lane; the notice offers Undo. */
    public void complete(FocusCard card) {
        act("Completing " + card.title(), () -> actions().complete(card.taskId()),
                done -> new Notice("Completed \u201c" + card.title() + "\u201d", true, false));
    }

    /** Pins the task to the lane's horizon (a drag to the lane, or "Move to"); the Done lane completes it. */
    public void moveTo(FocusCard card, FocusLane lane) {
        if (lane == FocusLane.DONE) {
            complete(card);
            return;
        }
        Horizon horizon = lane.horizon().orElseThrow();
        act("Moving " + card.title(), () -> actions().pin(card.taskId(), horizon),
                moved -> new Notice("Moved \u201c" + card.title() + "\u201d to "
                        + lane.title().toLowerCase(Locale.ROOT) + " (pinned)", true, false));
    }

    public void unpin(FocusCard card) {
        act("Unpinning " + card.title(), () -> actions().unpin(card.taskId()),
                unpinned -> new Notice("\u201c" + card.title() + "\u201d is back in its proposed lane", true, false));
    }

    /** Reverts the user's latest change (from the audit trail, so also one made before a restart). Ctrl+Z. */
    public void undo() {
        Map<UUID, String> codes = projectCodes;
        background.run("Undoing", () -> {
            Optional<Undo.Change> change = actions().undo();
            return new Acted<>(change, change.isPresent() ? lanesNow(codes) : null);
        }, acted -> {
            say(acted.result().isPresent() ? new Notice("Undone", false, false)
                    : new Notice("Nothing to undo", false, false));
            if (acted.result().isPresent()) {
                showLanes(acted.lanes());
                changed();
            }
        }, this::failed);
    }

    /**
     * Runs a change in the background and re-reads the lanes in the same job (one index-sorted read), so the board
     * shows the result as soon as the job ends; the rest of the window (summary, sidebar) follows with the reload
     * that {@link #onChanged} starts.
     */
    private <T> void act(String title, Supplier<T> change, Function<T, Notice> notice) {
        Map<UUID, String> codes = projectCodes;
        background.run(title, () -> new Acted<>(change.get(), lanesNow(codes)), acted -> {
            showLanes(acted.lanes());
            say(notice.apply(acted.result()));
            changed();
        }, this::failed);
    }

    /** A change's result with the lanes read right after it. */
    private record Acted<T>(T result, Map<FocusLane, FocusBoard.LaneContent> lanes) {
    }

    private Map<FocusLane, FocusBoard.LaneContent> lanesNow(Map<UUID, String> codes) {
        return new FocusQuery(store.get(), clock).lanes(codes);
    }

    private void showLanes(Map<FocusLane, FocusBoard.LaneContent> contents) {
        for (LaneModel lane : lanes) {
            lane.show(contents.getOrDefault(lane.lane(), new FocusBoard.LaneContent(0, List.of())));
        }
    }

    private void say(Notice next) {
        notice.set(null);
        notice.set(next);
    }

    private void failed(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        say(new Notice(message, false, true));
    }

    private void changed() {
        onChanged.run();
        panel.refresh();
    }

    /** Project codes by project id, for the quick-add check. */
    public Map<UUID, String> projectCodes() {
        return projectCodes;
    }

    public void show(FocusBoard board, Map<UUID, String> codes) {
        projectCodes = Map.copyOf(codes);
        quickAdd.setKnownCodes(codes.values());
        summary.set(board.summary().text());
        showLanes(board.lanes());
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public List<LaneModel> lanes() {
        return List.copyOf(lanes);
    }

    public LaneModel lane(FocusLane lane) {
        return lanes.get(lane.ordinal());
    }
}
