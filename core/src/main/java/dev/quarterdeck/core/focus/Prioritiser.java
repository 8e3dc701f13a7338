package dev.quarterdeck.core.focus;

import dev.quarterdeck.core.focus.ScoreFactor.ScorePart;
import dev.quarterdeck.core.task.Task;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores an open task from 0 to 100 and says why. Points before weights:
 * <ul>
 * <li>urgency — overdue 40 + 2 per day late (max 50); due today 40; tomorrow 30; within a week 30 − 3 per day;
 * within a month 8; no date 0;</li>
 * <li>importance — project priority (critical 20, high 12, medium 6); each milestone it blocks 20 (max 30);
 * flagged 15; the requesting stakeholder's influence × 3;</li>
 * <li>recency — activity within a day 10, three days 6, a week 3; untouched for 30+ days −5;</li>
 * <li>source signal — the signal's own points (e.g. a meeting today needing preparation 25);</li>
 * <li>effort — 30 minutes or less +5 (a quick win); more than a day −5.</li>
 * </ul>
 * Each part is multiplied by its weight; the total is clamped to 0–100. Closed tasks score 0.
 */
public final class Prioritiser {

    private final ScoreWeights weights;
    private final Clock clock;

    public Prioritiser(ScoreWeights weights, Clock clock) {
        this.weights = weights;
        this.clock = clock;
    }

    public TaskScore score(ScoringInput input) {
        Task task = input.task();
        if (!task.isOpen()) {
            return new TaskScore(0, List.of());
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<ScoreFactor> factors = new ArrayList<>();
        urgency(task, today, factors);
        importance(input, factors);
        recency(input.lastActivity(), now, factors);
        for (SourceSignal signal : input.signals()) {
            add(factors, ScorePart.SOURCE_SIGNAL, signal.reason(), signal.points());
        }
        effort(task.estimate(), factors);
        double total = factors.stream().mapToDouble(ScoreFactor::points).sum();
        return new TaskScore(Math.max(0, Math.min(100, total)), factors);
    }

    private void urgency(Task task, LocalDate today, List<ScoreFactor> factors) {
        if (task.due() == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(today, task.due());
        if (days < 0) {
            long late = -days;
            add(factors, ScorePart.URGENCY, "overdue by " + late + (late == 1 ? " day" : " days"),
                    Math.min(50, 40 + 2 * late));
        } else if (days == 0) {
            add(factors, ScorePart.URGENCY, "due today", 40);
        } else if (days == 1) {
            add(factors, ScorePart.URGENCY, "due tomorrow", 30);
        } else if (days <= 7) {
            add(factors, ScorePart.URGENCY, "due in " + days + " days", 30 - 3 * days);
        } else if (days <= 30) {
            add(factors, ScorePart.URGENCY, "due this month", 8);
        }
    }

    private void importance(ScoringInput input, List<ScoreFactor> factors) {
        if (input.projectPriority() != null) {
            double points = switch (input.projectPriority()) {
                case CRITICAL -> 20;
                case HIGH -> 12;
                case MEDIUM -> 6;
                case LOW -> 0;
            };
            if (points > 0) {
                add(factors, ScorePart.IMPORTANCE,
                        input.projectPriority().name().toLowerCase(Locale.ROOT) + "-priority project", points);
            }
        }
        if (!input.blockedMilestones().isEmpty()) {
            add(factors, ScorePart.IMPORTANCE, "blocks milestone " + String.join(", ", input.blockedMilestones()),
                    Math.min(30, 20 * input.blockedMilestones().size()));
        }
        if (input.flagged()) {
            add(factors, ScorePart.IMPORTANCE, "flagged important", 15);
        }
        if (input.requesterInfluence() > 0) {
            add(factors, ScorePart.IMPORTANCE, "asked by an influence-" + input.requesterInfluence() + " stakeholder",
                    3 * input.requesterInfluence());
        }
    }

    private void recency(Instant lastActivity, Instant now, List<ScoreFactor> factors) {
        Duration age = Duration.between(lastActivity, now);
        if (age.isNegative() || age.compareTo(Duration.ofDays(1)) <= 0) {
            add(factors, ScorePart.RECENCY, "active today", 10);
        } else if (age.compareTo(Duration.ofDays(3)) <= 0) {
            add(factors, ScorePart.RECENCY, "active in the last 3 days", 6);
        } else if (age.compareTo(Duration.ofDays(7)) <= 0) {
            add(factors, ScorePart.RECENCY, "active this week", 3);
        } else if (age.compareTo(Duration.ofDays(30)) > 0) {
            add(factors, ScorePart.RECENCY, "untouched for " + age.toDays() + " days", -5);
        }
    }

    private void effort(Duration estimate, List<ScoreFactor> factors) {
        if (estimate == null) {
            return;
        }
        if (estimate.compareTo(Duration.ofMinutes(30)) <= 0) {
            add(factors, ScorePart.EFFORT, "quick win (" + estimate.toMinutes() + " min)", 5);
        } else if (estimate.compareTo(Duration.ofHours(8)) > 0) {
            add(factors, ScorePart.EFFORT, "large (" + estimate.toHours() + " h)", -5);
        }
    }

    private void add(List<ScoreFactor> factors, ScorePart part, String reason, double points) {
        double weighted = points * weight(part);
        if (weighted != 0) {
            factors.add(new ScoreFactor(part, reason, weighted));
        }
    }

    private double weight(ScorePart part) {
        return switch (part) {
            case URGENCY -> weights.urgency();
            case IMPORTANCE -> weights.importance();
            case RECENCY -> weights.recency();
            case SOURCE_SIGNAL -> weights.sourceSignal();
            case EFFORT -> weights.effort();
        };
    }
}
