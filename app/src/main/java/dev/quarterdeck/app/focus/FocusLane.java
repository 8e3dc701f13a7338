package dev.quarterdeck.app.focus;

import dev.quarterdeck.core.task.Horizon;
import java.util.Optional;

/** The four columns of the Focus screen: three horizons of open work and the work done in the past week. */
public enum FocusLane {
    TODAY("Today", Horizon.TODAY),
    WEEK("This week", Horizon.WEEK),
    MONTH("This month", Horizon.MONTH),
    DONE("Done in the past 7 days", null);

    /** How many cards a lane shows before "Show all". */
    public static final int PREVIEW_SIZE = 3;

    private final String title;
    private final Horizon horizon;

    FocusLane(String title, Horizon horizon) {
        this.title = title;
        this.horizon = horizon;
    }

    public String title() {
        return title;
    }

    /** The horizon whose open tasks fill the lane; empty for the Done lane. */
    public Optional<Horizon> horizon() {
        return Optional.ofNullable(horizon);
    }
}
