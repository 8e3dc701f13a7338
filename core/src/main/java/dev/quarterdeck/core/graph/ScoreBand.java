package dev.quarterdeck.core.graph;

import dev.quarterdeck.core.focus.HorizonProposer;

/**
 * A score in three bands, for the node border. The bounds are the horizon proposer's: a high score alone puts a
 * task into Today, a medium one into This week.
 */
public enum ScoreBand {
    HIGH("high"), MEDIUM("medium"), LOW("low");

    private final String label;

    ScoreBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ScoreBand of(double score) {
        if (score >= HorizonProposer.TODAY_SCORE) {
            return HIGH;
        }
        return score >= HorizonProposer.WEEK_SCORE ? MEDIUM : LOW;
    }
}
