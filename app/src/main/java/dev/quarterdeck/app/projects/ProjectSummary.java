package dev.quarterdeck.app.projects;

import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import java.util.List;
import java.util.Optional;

/**
 * A project as the portfolio and the sidebar list it.
 *
 * @param openTasks         tasks not done or cancelled
 * @param overdueTasks      open tasks past their due date
 * @param nextMilestone     the earliest milestone still planned or in progress, if any
 * @param overdueMilestones open milestones past their due date
 * @param activeRisks       risks open, mitigating or accepted, highest score first
 * @param planned           the plan in the project's currency (budget lines, or the budget total without lines)
 * @param spent             what was booked in the project's currency, refunds included
 */
public record ProjectSummary(Project project, Health health, int openTasks, int overdueTasks,
        Optional<Milestone> nextMilestone, int overdueMilestones, List<Risk> activeRisks, Money planned,
        Money spent) {

    public ProjectSummary {
        activeRisks = List.copyOf(activeRisks);
    }

    /** The active risk with the highest score. */
    public Optional<Risk> topRisk() {
        return activeRisks.stream().findFirst();
    }

    /** Active risks in the high or critical band. */
    public int highRisks() {
        return (int) activeRisks.stream().filter(r -> r.score() >= 10).count();
    }

    /** Spent minus planned: positive is over plan. */
    public Money variance() {
        return spent.minus(planned);
    }

    /** Overdue tasks and milestones together, for the metrics strip. */
    public int overdueItems() {
        return overdueTasks + overdueMilestones;
    }
}
