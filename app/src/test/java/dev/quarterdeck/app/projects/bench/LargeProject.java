package dev.quarterdeck.app.projects.bench;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/** Deterministic large projects for the benchmark: tasks, risks, milestones, budget lines and transactions. */
final class LargeProject {

    static final int TASKS = 2_000;
    static final int RISKS = 300;
    static final int TRANSACTIONS = 5_000;
    static final int MILESTONES = 20;
    static final int LINES = 12;
    private static final String[] OWNERS = {"Lea Novak", "Priya Raman", "Marco Silva", "Tom Becker", null};
    private static final Currency EUR = Currency.getInstance("EUR");

    private LargeProject() {
    }

    /** {@code count} projects, each with the sizes above. */
    static WorkspaceSnapshot workspace(int count, LocalDate today, Instant now, long seed) {
        Random random = new Random(seed);
        List<Project> projects = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<Risk> risks = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        List<MilestoneTask> milestoneTasks = new ArrayList<>();
        List<Stakeholder> stakeholders = new ArrayList<>();
        List<BudgetLine> lines = new ArrayList<>();
        List<Transaction> transactions = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            UUID id = new UUID(seed, p);
            projects.add(new Project(id, String.format(Locale.ROOT, "P%03d", p), "Large project " + p,
                    "A project as large as the benchmark asks for.", ProjectStatus.ACTIVE, Priority.values()[p % 4],
                    OWNERS[p % 4], "Sponsor " + p, today.minusDays(200), today.plusDays(200),
                    List.of("Deliver on time"), List.of("Under budget"), "Everything", "Nothing", EUR,
                    new BigDecimal("1000000"), now, now, 0));
            List<Task> own = new ArrayList<>();
            for (int t = 0; t < TASKS; t++) {
                TaskStatus status = TaskStatus.values()[random.nextInt(TaskStatus.values().length)];
                LocalDate due = random.nextInt(5) == 0 ? null : today.plusDays(random.nextInt(120) - 30);
                Task task = new Task(UUID.randomUUID(), id, "Task " + t + " of project " + p, "", status,
                        Horizon.values()[random.nextInt(4)], false, due, null, OWNERS[random.nextInt(OWNERS.length)],
                        random.nextInt(100), SourceKind.MANUAL, null, null, now, now,
                        status.isOpen() ? null : now, 0);
                own.add(task);
            }
            tasks.addAll(own);
            for (int r = 0; r < RISKS; r++) {
                risks.add(new Risk(UUID.randomUUID(), id, String.format(Locale.ROOT, "R-%03d", r + 1), "Risk " + r,
                        "", "Category " + r % 7, 1 + random.nextInt(5), 1 + random.nextInt(5), OWNERS[r % 4], "", "",
                        r % 10 == 0 ? RiskStatus.CLOSED : RiskStatus.OPEN, today.minusDays(100),
                        today.plusDays(random.nextInt(60) - 20), r % 10 == 0 ? today.minusDays(5) : null, now, 0));
            }
            for (int m = 0; m < MILESTONES; m++) {
                LocalDate due = today.plusDays(m * 10L - 40);
                boolean done = m < 3;
                Milestone milestone = new Milestone(UUID.randomUUID(), id, "M" + m + " checkpoint", "",
                        due.minusDays(m % 3), due, done ? MilestoneStatus.DONE : MilestoneStatus.PLANNED,
                        done ? due : null, now, 0);
                milestones.add(milestone);
                for (int k = 0; k < 5; k++) {
                    milestoneTasks.add(new MilestoneTask(milestone.id(), own.get(m * 50 + k).id()));
                }
            }
            for (int s = 0; s < 10; s++) {
                stakeholders.add(new Stakeholder(UUID.randomUUID(), id, "Person " + s, "Role", "Org", null,
                        1 + s % 5, 1 + (s * 3) % 5, null, null, now, 0));
            }
            List<BudgetLine> own2 = new ArrayList<>();
            for (int l = 0; l < LINES; l++) {
                own2.add(new BudgetLine(UUID.randomUUID(), id, "Line " + l, new Money(new BigDecimal("80000"), EUR),
                        now, 0));
            }
            lines.addAll(own2);
            for (int x = 0; x < TRANSACTIONS; x++) {
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(30_000) - 1_000, 2);
                if (amount.signum() == 0) {
                    amount = BigDecimal.ONE;
                }
                transactions.add(new Transaction(UUID.randomUUID(), id, own2.get(x % LINES).id(),
                        today.minusDays(random.nextInt(200)), new Money(amount, EUR), "Vendor " + x % 40, "", now, 0));
            }
        }
        return new WorkspaceSnapshot(projects, tasks, List.of(), risks, milestones, milestoneTasks, stakeholders,
                lines, transactions, List.of(), List.of());
    }
}
