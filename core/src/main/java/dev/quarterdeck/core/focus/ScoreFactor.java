package dev.quarterdeck.core.focus;

/** One line of a score's explanation, e.g. "due tomorrow" +30. */
public record ScoreFactor(ScorePart part, String reason, double points) {

    public enum ScorePart {
        URGENCY, IMPORTANCE, RECENCY, SOURCE_SIGNAL, EFFORT
    }

    /** "due tomorrow +30", "stale for 45 days −5". */
    public String describe() {
        long rounded = Math.round(points);
        return reason + (rounded >= 0 ? " +" + rounded : " \u2212" + Math.abs(rounded));
    }
}
