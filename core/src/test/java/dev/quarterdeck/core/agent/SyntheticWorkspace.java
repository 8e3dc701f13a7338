package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.ingest.SourceItem;
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
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A large, deterministic workspace for scale tests and the benchmark: {@code projects} projects of
 * {@code tasksPerProject} tasks each, with blocking chains, milestones (some slipping, some overdue), risks,
 * stakeholders, budgets and source items (a fifth of them without a task, some of them meetings today).
 */
public final class SyntheticWorkspace {

    private static final String[] VERBS = {"Review", "Draft", "Fix", "Update", "Prepare", "Migrate", "Test",
        "Approve", "Document", "Plan", "Negotiate", "Deploy", "Audit", "Design", "Schedule"};
    private static final String[] THINGS = {"contract", "release notes", "budget forecast", "vendor quote",
        "login flow", "data export", "onboarding guide", "test plan", "pricing page", "network cabling",
        "security review", "hiring plan", "launch checklist", "API gateway", "invoice batch", "floor plan",
        "support rota", "backup policy", "press kit", "training deck"};
    private static final String[] PARTS = {"phase 1", "phase 2", "EU", "US", "APAC", "pilot", "v2", "v3",
        "staging", "production", "north site", "south site"};
    private static final String[] PEOPLE = {"Alex Morgan", "Priya Raman", "Marco Silva", "Lea Novak",
        "Tom Becker", "Sofia Marchetti", "Lukas Meier", "Grace Liu", null};

    private SyntheticWorkspace() {
    }

    public static WorkspaceSnapshot create(int projectCount, int tasksPerProject, LocalDate today, ZoneId zone,
            long seed) {
        Random random = new Random(seed);
        Instant now = today.atTime(7, 45).atZone(zone).toInstant();
        List<Project> projects = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<TaskLink> links = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        List<MilestoneTask> milestoneTasks = new ArrayList<>();
        List<Risk> risks = new ArrayList<>();
        List<Stakeholder> stakeholders = new ArrayList<>();
        List<BudgetLine> lines = new ArrayList<>();
        List<Transaction> transactions = new ArrayList<>();
        List<SourceItem> items = new ArrayList<>();
        Currency eur = Currency.getInstance("EUR");

        for (int p = 0; p < projectCount; p++) {
            String code = String.format("P%02d", p + 1);
            UUID projectId = id("project", code);
            projects.add(new Project(projectId, code, "Project " + code, "Synthetic project " + code,
                    p % 10 == 9 ? ProjectStatus.ON_HOLD : ProjectStatus.ACTIVE, Priority.values()[p % 4],
                    PEOPLE[p % 8], "Sponsor " + code, today.minusDays(90), today.plusDays(120),
                    List.of("Deliver the " + THINGS[p % THINGS.length] + " on time", "Stay within budget"),
                    List.of("Signed off by the sponsor", "Within 5 % of budget"), "", "", eur,
                    new BigDecimal("100000"), at(today, zone, -90), now, 0));

            List<Task> own = new ArrayList<>();
            for (int t = 0; t < tasksPerProject; t++) {
                String title = VERBS[random.nextInt(VERBS.length)] + " " + THINGS[random.nextInt(THINGS.length)]
                        + " (" + PARTS[random.nextInt(PARTS.length)] + ") #" + t;
                int roll = random.nextInt(100);
                TaskStatus status = roll < 35 ? TaskStatus.DONE : roll < 40 ? TaskStatus.CANCELLED
                        : roll < 55 ? TaskStatus.DOING : roll < 62 ? TaskStatus.WAITING : TaskStatus.TODO;
                int dueOffset = random.nextInt(80) - 15;
                Horizon horizon = dueOffset <= 0 ? Horizon.TODAY : dueOffset <= 7 ? Horizon.WEEK
                        : dueOffset <= 31 ? Horizon.MONTH : Horizon.LATER;
                if (random.nextInt(10) == 0) {
                    horizon = Horizon.values()[random.nextInt(4)];
                }
                Instant created = at(today, zone, -30 - random.nextInt(60));
                Instant completed = status.isOpen() ? null : created.plus(Duration.ofDays(1 + random.nextInt(25)));
                Instant updated = completed != null ? completed : created.plus(Duration.ofDays(random.nextInt(20)));
                own.add(new Task(id("task", code + "/" + t), projectId, title, "", status, horizon,
                        random.nextInt(20) == 0, today.plusDays(dueOffset),
                        Duration.ofMinutes(15L * (1 + random.nextInt(24))), PEOPLE[random.nextInt(PEOPLE.length)],
                        random.nextInt(100), SourceKind.MANUAL, null, null, created, updated, completed, 0));
            }
            tasks.addAll(own);
            // blocking chains of 5-10 tasks, always from an earlier task to a later one
            for (int start = 0; start < own.size(); ) {
                int length = 5 + random.nextInt(6);
                for (int i = start + 1; i < Math.min(own.size(), start + length); i++) {
                    links.add(new TaskLink(id("link", code + "/" + i), own.get(i - 1).id(), own.get(i).id(),
                            LinkKind.BLOCKS, LinkOrigin.USER, now));
                }
                start += length;
            }
            for (int m = 0; m < 5; m++) {
                int dueOffset = -5 + m * 25;
                int slip = random.nextInt(3) == 0 ? 1 + random.nextInt(7) : 0;
                MilestoneStatus status = dueOffset < -3 && random.nextBoolean() ? MilestoneStatus.DONE
                        : m == 0 ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED;
                UUID milestoneId = id("milestone", code + "/" + m);
                milestones.add(new Milestone(milestoneId, projectId, "M" + (m + 1) + " " + THINGS[(p + m)
                        % THINGS.length], "", today.plusDays(dueOffset - slip), today.plusDays(dueOffset), status,
                        status == MilestoneStatus.DONE ? today.plusDays(dueOffset) : null, now, 0));
                for (int k = 0; k < 5; k++) {
                    milestoneTasks.add(new MilestoneTask(milestoneId,
                            own.get(Math.min(own.size() - 1, m * (own.size() / 5) + k * 7)).id()));
                }
            }
            for (int r = 0; r < 8; r++) {
                risks.add(new Risk(id("risk", code + "/" + r), projectId, Risk.keyFor(r + 1), "Risk " + r + " of "
                        + code + ": " + THINGS[random.nextInt(THINGS.length)] + " late", "", r % 2 == 0 ? "Schedule"
                        : "Budget", 1 + random.nextInt(5), 1 + random.nextInt(5), PEOPLE[r % 8], "", "",
                        r == 7 ? RiskStatus.CLOSED : RiskStatus.OPEN, today.minusDays(60),
                        r == 7 ? null : today.plusDays(random.nextInt(30) - 10), r == 7 ? today.minusDays(5) : null,
                        now, 0));
            }
            for (int s = 0; s < 6; s++) {
                stakeholders.add(new Stakeholder(id("stakeholder", code + "/" + s), projectId, "Person " + s + " "
                        + code, "Role " + s, "Org", "person" + s + "." + code.toLowerCase() + "@example.org",
                        1 + random.nextInt(5), 1 + random.nextInt(5), Duration.ofDays(7L * (1 + random.nextInt(4))),
                        today.minusDays(random.nextInt(40)), now, 0));
            }
            for (int l = 0; l < 4; l++) {
                UUID lineId = id("line", code + "/" + l);
                lines.add(new BudgetLine(lineId, projectId, "Line " + l, new Money(new BigDecimal("25000"), eur), now,
                        0));
                for (int x = 0; x < 3; x++) {
                    transactions.add(new Transaction(id("tx", code + "/" + l + "/" + x), projectId, lineId,
                            today.minusDays(random.nextInt(80)),
                            new Money(new BigDecimal(2000 + random.nextInt(9000)), eur), "Vendor", "", now, 0));
                }
            }
            for (int i = 0; i < tasksPerProject / 2; i++) {
                Task task = own.get(random.nextInt(own.size()));
                boolean tasked = random.nextInt(5) != 0;
                boolean meeting = random.nextInt(25) == 0;
                String ref = code + "-item-" + i;
                Instant sent = now.minus(Duration.ofHours(1 + random.nextInt(24 * 20)));
                Instant start = meeting ? today.atTime(9 + random.nextInt(8), 0).atZone(zone).toInstant() : null;
                items.add(new SourceItem(id("item", ref), meeting ? SourceKind.CALENDAR : SourceKind.GMAIL, ref,
                        meeting ? "Meeting about " + THINGS[i % THINGS.length] : "Re: " + task.title(),
                        "About " + THINGS[random.nextInt(THINGS.length)] + " and " + PARTS[i % PARTS.length],
                        "person" + (i % 6) + "." + code.toLowerCase() + "@example.org", "Person " + (i % 6) + " "
                                + code, sent, null, meeting ? null : code + "-thread-" + (i / 3), List.of(),
                        URI.create("https://mail.example.org/" + ref), start,
                        start == null ? null : start.plus(Duration.ofMinutes(30)), random.nextBoolean() ? code : null,
                        tasked && !meeting ? task.id() : null, now));
            }
        }
        return new WorkspaceSnapshot(projects, tasks, links, risks, milestones, milestoneTasks, stakeholders, lines,
                transactions, List.of(), items);
    }

    private static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("synthetic:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static Instant at(LocalDate today, ZoneId zone, int dayOffset) {
        return today.plusDays(dayOffset).atTime(10, 0).atZone(zone).toInstant();
    }
}
