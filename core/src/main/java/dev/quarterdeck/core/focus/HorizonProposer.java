package dev.quarterdeck.core.focus;

import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Proposes when to do a task from its due date and score. A pinned horizon always wins.
 * <ul>
 * <li>TODAY — due today or overdue, or a score of 70 or more;</li>
 * <li>WEEK — due by Sunday of this week, or a score of 45 or more;</li>
 * <li>MONTH — due within 31 days;</li>
 * <li>LATER — everything else.</li>
 * </ul>
 */
public final class HorizonProposer {

    public static final double TODAY_SCORE = 70;
    public static final double WEEK_SCORE = 45;

    public Horizon propose(Task task, double score, LocalDate today) {
        if (task.horizonPinned()) {
            return task.horizon();
        }
        LocalDate due = task.due();
        if ((due != null && !due.isAfter(today)) || score >= TODAY_SCORE) {
            return Horizon.TODAY;
        }
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if ((due != null && !due.isAfter(endOfWeek)) || score >= WEEK_SCORE) {
            return Horizon.WEEK;
        }
        if (due != null && !due.isAfter(today.plusDays(31))) {
            return Horizon.MONTH;
        }
        return Horizon.LATER;
    }
}
