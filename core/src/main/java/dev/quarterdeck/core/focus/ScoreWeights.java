package dev.quarterdeck.core.focus;

/** Multipliers for each part of a task's score; 1.0 is the default, 0 switches a part off. Kept in settings. */
public record ScoreWeights(double urgency, double importance, double recency, double sourceSignal, double effort) {

    public static final ScoreWeights DEFAULT = new ScoreWeights(1, 1, 1, 1, 1);

    public ScoreWeights {
        for (double weight : new double[] {urgency, importance, recency, sourceSignal, effort}) {
            if (!(weight >= 0 && weight <= 5)) {
                throw new IllegalArgumentException("a score weight must be between 0 and 5, was " + weight);
            }
        }
    }
}
