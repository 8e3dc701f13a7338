package dev.quarterdeck.core.risk;

import dev.quarterdeck.core.common.Require;
import java.time.LocalDate;

/** A risk's rating as recorded on one day: one entry of its score history. */
public record RiskScorePoint(LocalDate date, int likelihood, int impact) {

    public RiskScorePoint {
        Require.present(date, "date");
        Require.range(likelihood, 1, 5, "likelihood");
        Require.range(impact, 1, 5, "impact");
    }

    /** The current rating of {@code risk}, dated {@code date}. */
    public static RiskScorePoint of(Risk risk, LocalDate date) {
        Require.present(risk, "risk");
        return new RiskScorePoint(date, risk.likelihood(), risk.impact());
    }

    /** Likelihood × impact, 1–25. */
    public int score() {
        return likelihood * impact;
    }
}
