package dev.quarterdeck.core.focus;

import java.util.List;
import java.util.stream.Collectors;

/** A task's score (0–100) with every factor that made it, so the user can see why. */
public record TaskScore(double total, List<ScoreFactor> factors) {

    public TaskScore {
        factors = List.copyOf(factors);
    }

    /** "due tomorrow +30, blocks milestone M2 +20" — largest contributions first. */
    public String explain() {
        if (factors.isEmpty()) {
            return "no urgency, importance or signal";
        }
        return factors.stream()
                .sorted((a, b) -> Double.compare(Math.abs(b.points()), Math.abs(a.points())))
                .map(ScoreFactor::describe)
                .collect(Collectors.joining(", "));
    }
}
