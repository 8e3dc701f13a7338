package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.budget.AlertThresholds;
import dev.quarterdeck.core.budget.BudgetAlert;
import dev.quarterdeck.core.budget.ProgressBasis;
import dev.quarterdeck.core.budget.VarianceAlerts;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.focus.TaskScore;
import dev.quarterdeck.core.project.Health;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectHealth;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything an agent or a briefing reads: the workspace, the moment it runs and the user's preferences. Today is the
 * clock's date in {@code zone}. Derived facts that several agents need — the index, project health, budget alerts, task
 * scores — are computed once per context and shared.
 *
 * <p>Budget alerts are judged as the budget screens judge them: progress on {@link ProgressBasis#TASK_EFFORT} with
 * the {@link AlertThresholds#DEFAULTS}.
 */
public final class AgentContext {

    public static final ProgressBasis PROGRESS_BASIS = ProgressBasis.TASK_EFFORT;

    private final WorkspaceSnapshot workspace;
    private final Clock clock;
    private final ZoneId zone;
    private final LocalDate today;
    private final PreferenceModel preferences;
    private final WorkspaceIndex index;
    private final TaskScoring scoring;
    private final Map<UUID, Health> health = new ConcurrentHashMap<>();
    private final Map<UUID, List<BudgetAlert>> budgetAlerts = new ConcurrentHashMap<>();

    public AgentContext(WorkspaceSnapshot workspace, Clock clock, ZoneId zone, PreferenceModel preferences) {
        this.workspace = Require.present(workspace, "workspace");
        this.zone = Require.present(zone, "zone");
        this.clock = Require.present(clock, "clock").withZone(zone);
        this.today = LocalDate.now(this.clock);
        this.preferences = Require.present(preferences, "preferences");
        this.index = new WorkspaceIndex(workspace);
        this.scoring = new TaskScoring(index, preferences, this.clock);
    }

    public WorkspaceSnapshot workspace() {
        return workspace;
    }

    /** The clock, in {@link #zone()}. */
    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return today;
    }

    public Instant now() {
        return clock.instant();
    }

    public PreferenceModel preferences() {
        return preferences;
    }

    public WorkspaceIndex index() {
        return index;
    }

    /** The user's name as set in the preferences, if set. */
    public Optional<String> userName() {
        return preferences.setting(PreferenceModel.USER_NAME).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** True for a task the user does: their own, or nobody's. Without a user name set, every task. */
    public boolean isMine(Task task) {
        Optional<String> me = userName();
        return me.isEmpty() || task.owner() == null
                || task.owner().toLowerCase(Locale.ROOT).equals(me.get().toLowerCase(Locale.ROOT));
    }

    /** The prioritiser's score of an open task today (see {@link TaskScoring} for where its inputs come from). */
    public TaskScore score(Task task) {
        return scoring.score(task);
    }

    TaskScoring scoring() {
        return scoring;
    }

    public Health health(Project project) {
        return health.computeIfAbsent(project.id(), id -> {
            WorkspaceSnapshot slice = index.projectSlice(project);
            return ProjectHealth.assess(project, slice.tasks(), slice.milestones(), workspace.milestoneTasks(),
                    slice.risks(), slice.budgetLines(), slice.transactions(), today);
        });
    }

    /** The project's budget alerts today, every currency, the project's own first. */
    public List<BudgetAlert> budgetAlerts(Project project) {
        return budgetAlerts.computeIfAbsent(project.id(),
                id -> VarianceAlerts.check(project, index.projectSlice(project), PROGRESS_BASIS, today,
                        AlertThresholds.DEFAULTS));
    }
}
