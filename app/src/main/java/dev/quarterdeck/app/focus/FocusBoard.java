package dev.quarterdeck.app.focus;

import java.util.List;
import java.util.Map;

/**
 * What the Focus screen shows, loaded in one go: per lane the number of tasks and the first few cards, and the
 * counts behind the summary line.
 */
public record FocusBoard(Map<FocusLane, LaneContent> lanes, FocusSummary summary) {

    /** A lane's total and the cards loaded for it (the preview, or all after "Show all"). */
    public record LaneContent(int count, List<FocusCard> cards) {

        public LaneContent {
            cards = List.copyOf(cards);
        }
    }

    public FocusBoard {
        lanes = Map.copyOf(lanes);
    }

    public LaneContent lane(FocusLane lane) {
        return lanes.getOrDefault(lane, new LaneContent(0, List.of()));
    }
}
