package dev.quarterdeck.core.portability;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.document.Document;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskLink;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Builds workspaces for the export tests: a small one with every kind of record and the awkward values an export
 * must carry (quotes, commas, line breaks, non-Latin text, nulls, money with and without cents), and a large one
 * with many tasks for the timing tests. IDs come from a seeded random source, so every run builds the same data.
 */
public final class SampleWorkspace {

    static final Instant T0 = Instant.parse("2026-03-02T08:15:30Z");

    private final Random random;
    private final List<Project> projects = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final List<TaskLink> links = new ArrayList<>();
    private final List<Risk> risks = new ArrayList<>();
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<MilestoneTask> milestoneTasks = new ArrayList<>();
    private final List<Stakeholder> stakeholders = new ArrayList<>();
    private final List<BudgetLine> budgetLines = new ArrayList<>();
    private final List<Transaction> transactions = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<SourceItem> sourceItems = new ArrayList<>();
    private final List<RiskLink> riskLinks = new ArrayList<>();

    private SampleWorkspace(long seed) {
        random = new Random(seed);
    }

    /** Two projects and an inbox task, with one or more of every record. */
    static WorkspaceSnapshot small() {
        SampleWorkspace w = new SampleWorkspace(7);
        Project kube = w.project("KUBE", "Kubernetes migration", "EUR", "48000.00");
        Project home = w.project("HOME2", "Kitchen \"renovation\", phase 2", "GBP", "12500");
        Task plan = w.task(kube, "Write the cut-over plan", TaskStatus.DOING, Horizon.TODAY);
        Task dns = w.task(kube, "Move DNS, then \"flip\" traffic", TaskStatus.TODO, Horizon.WEEK);
        Task audit = w.task(kube, "Audit old cluster", TaskStatus.DONE, Horizon.LATER);
        Task quote = w.task(home, "Get quotes, compare, decide", TaskStatus.WAITING, Horizon.MONTH);
        Task inbox = w.task(null, "Reply to Jürgen — Übergabe 交接", TaskStatus.TODO, Horizon.WEEK);
        w.tasks.set(w.tasks.indexOf(plan), new Task(plan.id(), plan.projectId(), plan.title(),
                "Steps:\n1. drain nodes\r\n2. \"switch\" LB, check, commit\n\tdone?", plan.status(), plan.horizon(),
                true, LocalDate.of(2026, 3, 20), Duration.ofMinutes(90), "Ana Ruiz", 0.8125, SourceKind.JIRA,
                "KUBE-12", URI.create("https://jira.example.com/browse/KUBE-12?focus=a%20b"), plan.createdAt(),
                plan.updatedAt().plusSeconds(3600), null, 4));
        w.link(audit, LinkKind.BLOCKS, plan);
        w.link(plan, LinkKind.BLOCKS, dns);
        w.link(quote, LinkKind.RELATES, inbox);
        w.risks.add(new Risk(w.id(), kube.id(), "R-001", "Downtime during cut-over", "Traffic may drop, for a while.",
                "Technical", 3, 4, "Ana Ruiz", "Rehearse twice", "Roll back DNS", RiskStatus.MITIGATING,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 15), null, T0, 2));
        w.risks.add(new Risk(w.id(), kube.id(), "R-002", "Vendor lock-in", "", null, 2, 2, null, "", "",
                RiskStatus.CLOSED, LocalDate.of(2026, 1, 10), null, LocalDate.of(2026, 2, 28), T0, 0));
        Milestone cutOver = new Milestone(w.id(), kube.id(), "Cut-over", "Production on the new cluster",
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 7), MilestoneStatus.IN_PROGRESS, null, T0, 1);
        Milestone quotes = new Milestone(w.id(), home.id(), "Quotes in", "", LocalDate.of(2026, 2, 15),
                LocalDate.of(2026, 2, 20), MilestoneStatus.DONE, LocalDate.of(2026, 2, 19), T0, 0);
        w.milestones.addAll(List.of(cutOver, quotes));
        w.milestoneTasks.add(new MilestoneTask(cutOver.id(), plan.id()));
        w.milestoneTasks.add(new MilestoneTask(cutOver.id(), dns.id()));
        w.milestoneTasks.add(new MilestoneTask(quotes.id(), quote.id()));
        Risk downtime = w.risks.get(0);
        w.riskLinks.add(RiskLink.toTask(w.id(), downtime.id(), plan.id()));
        w.riskLinks.add(RiskLink.toMilestone(w.id(), downtime.id(), cutOver.id()));
        w.stakeholders.add(new Stakeholder(w.id(), kube.id(), "Priya Shah", "CTO", "Example GmbH",
                "priya@example.com", 5, 4, Duration.ofDays(14), LocalDate.of(2026, 2, 20), T0, 3));
        w.stakeholders.add(new Stakeholder(w.id(), home.id(), "O'Neil, Sam", null, null, null, 2, 5, null, null, T0,
                0));
        BudgetLine cloud = new BudgetLine(w.id(), kube.id(), "Cloud", Money.of("30000.00", "EUR"), T0, 1);
        BudgetLine people = new BudgetLine(w.id(), kube.id(), "Contractors", Money.of("18000", "EUR"), T0, 0);
        BudgetLine works = new BudgetLine(w.id(), home.id(), "Builders", Money.of("12500.50", "GBP"), T0, 0);
        w.budgetLines.addAll(List.of(cloud, people, works));
        w.transactions.add(new Transaction(w.id(), kube.id(), cloud.id(), LocalDate.of(2026, 2, 1),
                Money.of("1234.56", "EUR"), "Hetzner", "February, incl. \"egress\"", T0, 0));
        w.transactions.add(new Transaction(w.id(), kube.id(), cloud.id(), LocalDate.of(2026, 2, 3),
                Money.of("-100.00", "EUR"), null, "Refund", T0, 0));
        w.transactions.add(new Transaction(w.id(), home.id(), works.id(), LocalDate.of(2026, 2, 10),
                Money.of("500", "GBP"), "Smith & Sons", "", T0, 1));
        w.documents.add(new Document(w.id(), kube.id(), "Runbook", "runbook v2.pdf", "application/pdf", 482_133,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "documents/KUBE/runbook v2.pdf",
                T0, 0));
        w.sourceItems.add(new SourceItem(w.id(), SourceKind.GMAIL, "msg-18c2", "Re: cut-over date",
                "Can we move it?\nThanks, P.", "priya@example.com", "Priya Shah", T0.minusSeconds(86_400),
                LocalDate.of(2026, 3, 20), "thread-77", List.of("msg-18a0", "msg-18b1"),
                URI.create("https://mail.google.com/mail/u/0/#inbox/18c2"), null, null, "KUBE", plan.id(), T0));
        w.sourceItems.add(new SourceItem(w.id(), SourceKind.CALENDAR, "evt-9", "Steering meeting", "", null, null, T0,
                null, null, List.of(), null, Instant.parse("2026-03-05T09:00:00Z"),
                Instant.parse("2026-03-05T10:00:00.5Z"), null, null, T0));
        return w.snapshot();
    }

    /** Many tasks over a few projects, linked in chains, for timing. */
    public static WorkspaceSnapshot large(int taskCount) {
        SampleWorkspace w = new SampleWorkspace(11);
        List<Project> projects = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            projects.add(w.project("P" + p, "Project number " + p, "EUR", "100000.00"));
        }
        TaskStatus[] statuses = TaskStatus.values();
        Horizon[] horizons = Horizon.values();
        for (int i = 0; i < taskCount; i++) {
            Project project = i % 10 == 0 ? null : projects.get(i % projects.size());
            Task task = w.task(project, "Task " + i + ": follow up, check \"status\"", statuses[i % statuses.length],
                    horizons[i % horizons.length]);
            if (i > 0 && i % 3 == 0) {
                w.link(w.tasks.get(i - 1), LinkKind.BLOCKS, task);
            }
        }
        return w.snapshot();
    }

    private WorkspaceSnapshot snapshot() {
        return new WorkspaceSnapshot(projects, tasks, links, risks, milestones, milestoneTasks, stakeholders,
                budgetLines, transactions, documents, sourceItems, riskLinks);
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private Project project(String code, String name, String currency, String budget) {
        Project project = new Project(id(), code, name, "About " + name + ",\nin two lines.", ProjectStatus.ACTIVE,
                Priority.HIGH, "Ana Ruiz", null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 6, 30),
                List.of("Ship it", "Keep costs, \"under\" control"), List.of(), "Everything in", "",
                Currency.getInstance(currency), new BigDecimal(budget), T0, T0.plusMillis(250), 2);
        projects.add(project);
        return project;
    }

    private Task task(Project project, String title, TaskStatus status, Horizon horizon) {
        Instant created = T0.plusSeconds(tasks.size() * 61L);
        Instant completed = status.isOpen() ? null : created.plusSeconds(7200);
        Task task = new Task(id(), project == null ? null : project.id(), title, "", status, horizon, false,
                tasks.size() % 4 == 0 ? LocalDate.of(2026, 3, 1).plusDays(tasks.size() % 90) : null,
                tasks.size() % 5 == 0 ? Duration.ofHours(2) : null, null, tasks.size() * 0.125, SourceKind.MANUAL,
                null, null, created, completed == null ? created : completed, completed, 0);
        tasks.add(task);
        return task;
    }

    private void link(Task from, LinkKind kind, Task to) {
        links.add(new TaskLink(id(), from.id(), to.id(), kind, LinkOrigin.USER, to.createdAt()));
    }
}
