package dev.quarterdeck.core.budget;

/** Spacing of a burn chart's points. */
public enum BurnInterval {
    DAY(1), WEEK(7);

    private final int days;

    BurnInterval(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }
}
