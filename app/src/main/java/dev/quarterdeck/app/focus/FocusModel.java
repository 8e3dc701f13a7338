package dev.quarterdeck.app.focus;

import dev.quarterdeck.app.background.BackgroundTasks;
import dev.quarterdeck.core.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
    private Map<UUID, String> projectCodes = Map.of();

    public FocusModel(BackgroundTasks background, Supplier<Store> store, Clock clock) {
        this.background = background;
        this.store = store;
        this.clock = clock;
        for (FocusLane lane : FocusLane.values()) {
            lanes.add(new LaneModel(lane));
        }
    }

    public void show(FocusBoard board, Map<UUID, String> codes) {
        projectCodes = Map.copyOf(codes);
        summary.set(board.summary().text());
        for (LaneModel lane : lanes) {
            lane.show(board.lane(lane.lane()));
        }
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
