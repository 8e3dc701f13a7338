package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.Texts.quote;

import dev.quarterdeck.core.focus.HorizonProposer;
import dev.quarterdeck.core.focus.TaskScore;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The day's execution: a time-blocked {@link DayPlan} for today (see {@link DayPlanner}), and CHANGE_HORIZON proposals
 * that bring every open task that is due today or overdue into today's lane, as the {@link HorizonProposer} would.
 * Tasks whose horizon the user pinned, and tasks of closed projects, are left alone. Confidence grows with lateness:
 * 0.7 when due today, +0.05 per day late up to 0.9.
 */
public final class ExecutionAgent implements Agent {

    public static final String NAME = "execution";

    private final HorizonProposer horizons = new HorizonProposer();
    private final DayPlanner planner = new DayPlanner();

    @Override
    public String name() {
        return NAME;
    }

    /** Today's plan; read-only like the proposals, for the briefing and the focus screen. */
    public DayPlan plan(AgentContext context) {
        return planner.plan(context);
    }

    @Override
    public List<Proposal> run(AgentContext context) {
        List<Task> due = context.workspace().tasks().stream()
                .filter(t -> t.isOpen() && !t.horizonPinned() && t.horizon() != Horizon.TODAY)
                .filter(t -> t.due() != null && !t.due().isAfter(context.today()))
                .filter(t -> t.projectId() == null
                        || context.index().project(t.projectId()).map(p -> p.status().isOpen()).orElse(true))
                .sorted(Comparator.comparing(Task::due).thenComparing(Task::title).thenComparing(Task::id))
                .toList();
        List<Proposal> proposals = new ArrayList<>();
        for (Task task : due) {
            TaskScore score = context.score(task);
            Horizon proposed = horizons.propose(task, score.total(), context.today());
            if (proposed == task.horizon()) {
                continue;
            }
            long late = ChronoUnit.DAYS.between(task.due(), context.today());
            String code = context.index().projectLabel(task.projectId());
            String when = late == 0 ? "is due today" : "was due " + Texts.day(task.due()) + ", "
                    + Texts.plural(late, "day") + " ago,";
            proposals.add(Proposals.pending(context, NAME, task.id(),
                    "Move " + quote(task.title()) + " (" + code + ") to today's lane.",
                    "Task " + quote(task.title()) + " (" + code + ") " + when + " but sits in the lane for "
                            + Texts.horizon(task.horizon()) + ". Due and overdue tasks belong in today's lane; "
                            + "score " + Math.round(score.total()) + " (" + score.explain() + ").",
                    Math.min(0.9, 0.7 + 0.05 * late),
                    new ProposalPayload.ChangeHorizon(task.id(), task.horizon(), proposed)));
        }
        return proposals;
    }
}
