package dev.quarterdeck.core.risk;

import dev.quarterdeck.core.common.Require;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which way a risk's score last moved.
 *
 * <p>The rule: order the history by date (points of the same day keep the order given, so the last one given is the
 * latest); take the latest score; walk back to the most recent earlier point whose score differs from it. A higher
 * latest score is {@link #RISING}, a lower one {@link #FALLING}. With no such point — an empty history, a single
 * point, or a score that never changed — the trend is {@link #STEADY}.
 *
 * <p>So a review that confirms the rating, or a re-rating to the same score (3 × 2 after 2 × 3), does not hide the
 * last real change: 6, 9, 9 is still rising. The trend is the direction of the last change of score, not of the last
 * review.
 */
public enum RiskTrend {
    RISING, FALLING, STEADY;

    public static RiskTrend of(List<RiskScorePoint> history) {
        Require.present(history, "history");
        List<RiskScorePoint> ordered = history.stream().sorted(Comparator.comparing(RiskScorePoint::date)).toList();
        if (ordered.isEmpty()) {
            return STEADY;
        }
        int latest = ordered.get(ordered.size() - 1).score();
        for (int i = ordered.size() - 2; i >= 0; i--) {
            int earlier = ordered.get(i).score();
            if (earlier != latest) {
                return latest > earlier ? RISING : FALLING;
            }
        }
        return STEADY;
    }

    /** Text that goes with an arrow, never an arrow alone. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
