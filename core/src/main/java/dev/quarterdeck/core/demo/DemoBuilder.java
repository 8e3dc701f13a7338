package dev.quarterdeck.core.demo;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.budget.Transaction;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Project;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Collects the demo's records under readable keys ("kube.helm-fix", "ATLAS/M2 Lease signed") and resolves them into
 * a snapshot. Every date is an offset in days from {@code today}; every time of day is local to {@code zone}; every
 * ID is derived from the key, so the same inputs always give the same workspace. Unknown keys fail the build.
 */
final class DemoBuilder {

    static final String USER_NAME = "Alex Morgan";
    static final String USER_EMAIL = "alex.morgan@acme.example";

    private static final DateTimeFormatter CALENDAR_INSTANCE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final LocalDate today;
    private final ZoneId zone;
    private final Instant now;

    private final Map<String, Project> projects = new LinkedHashMap<>();
    private final Map<String, TaskDraft> tasks = new LinkedHashMap<>();
    private final List<LinkDraft> links = new ArrayList<>();
    private final Map<String, ItemDraft> items = new LinkedHashMap<>();
    private final Map<String, Milestone> milestones = new LinkedHashMap<>();
    private final List<String[]> milestoneTasks = new ArrayList<>();
    private final List<RiskDraft> risks = new ArrayList<>();
    private final List<String[]> riskLinks = new ArrayList<>();
    private final Map<String, Integer> riskCounts = new HashMap<>();
    private final Map<String, BudgetLine> budgetLines = new LinkedHashMap<>();
    private final List<Transaction> transactions = new ArrayList<>();
    private final Map<String, Integer> transactionCounts = new HashMap<>();
    private final List<Stakeholder> stakeholders = new ArrayList<>();

    DemoBuilder(LocalDate today, ZoneId zone, Instant now) {
        this.today = today;
        this.zone = zone;
        this.now = now;
    }

    // ---- time and identity

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static UUID projectId(String code) {
        return id("project:" + code);
    }

    LocalDate day(int offset) {
        return today.plusDays(offset);
    }

    Instant at(int dayOffset, int hour, int minute) {
        return today.plusDays(dayOffset).atTime(hour, minute).atZone(zone).toInstant();
    }

    /** A working-hours time of day (09:00–16:59) that varies by key, so records are not all stamped 09:00. */
    Instant atWorkingTime(int dayOffset, String key) {
        int minutes = Math.floorMod(key.hashCode(), 8 * 60);
        return at(dayOffset, 9 + minutes / 60, minutes % 60);
    }

    Instant now() {
        return now;
    }

    // ---- projects

    void add(Project project) {
        if (!project.id().equals(projectId(project.code()))) {
            throw new IllegalArgumentException("demo project " + project.code() + " must use projectId(code)");
        }
        projects.put(project.code(), project);
    }

    private Project project(String code) {
        Project project = projects.get(code);
        if (project == null) {
            throw new IllegalStateException("no demo project " + code);
        }
        return project;
    }

    // ---- tasks and links

    /** A task; {@code projectCode} null for an inbox task. Defaults: TODO, this week, created yesterday. */
    TaskDraft task(String key, String projectCode, String title) {
        TaskDraft draft = new TaskDraft(key, projectCode, title);
        if (tasks.putIfAbsent(key, draft) != null) {
            throw new IllegalStateException("duplicate demo task " + key);
        }
        return draft;
    }

    void link(String fromTask, LinkKind kind, String toTask) {
        link(fromTask, kind, toTask, LinkOrigin.USER);
    }

    void link(String fromTask, LinkKind kind, String toTask, LinkOrigin origin) {
        links.add(new LinkDraft(fromTask, kind, toTask, origin));
    }

    /** {@code first} blocks the second, which blocks the third, and so on. */
    void chain(String... taskKeys) {
        for (int i = 1; i < taskKeys.length; i++) {
            link(taskKeys[i - 1], LinkKind.BLOCKS, taskKeys[i]);
        }
    }

    // ---- source items

    ItemDraft gmail(String messageId, String subject) {
        return item(SourceKind.GMAIL, messageId, subject, "https://mail.google.com/mail/u/0/#all/" + messageId)
                .thread(messageId);
    }

    /** A calendar event on the user's calendar from {@code startH:startM} to {@code endH:endM} local time. */
    ItemDraft event(String eventId, String title, int dayOffset, int startH, int startM, int endH, int endM) {
        return eventItem(eventId, title, at(dayOffset, startH, startM), at(dayOffset, endH, endM));
    }

    /** One occurrence of a recurring event: Google names it after the series and the start in UTC. */
    ItemDraft eventOccurrence(String seriesId, String title, int dayOffset, int startH, int startM, int endH,
            int endM) {
        Instant start = at(dayOffset, startH, startM);
        return eventItem(seriesId + "_" + CALENDAR_INSTANCE.format(start), title, start, at(dayOffset, endH, endM))
                .thread(seriesId);
    }

    private ItemDraft eventItem(String eventId, String title, Instant start, Instant end) {
        String eid = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((eventId + " " + USER_EMAIL).getBytes(StandardCharsets.UTF_8));
        ItemDraft draft = item(SourceKind.CALENDAR, eventId, title, "https://www.google.com/calendar/event?eid=" + eid);
        draft.start = start;
        draft.end = end;
        return draft;
    }

    /** A Google Drive file; {@code editor} is "document", "spreadsheets" or "presentation". */
    ItemDraft driveFile(String fileId, String title, String editor) {
        return item(SourceKind.DRIVE, fileId, title, "https://docs.google.com/" + editor + "/d/" + fileId + "/edit");
    }

    ItemDraft githubIssue(String repository, int number, String title) {
        return item(SourceKind.GITHUB, repository + "#" + number, title,
                "https://github.com/" + repository + "/issues/" + number);
    }

    ItemDraft githubPull(String repository, int number, String title) {
        return item(SourceKind.GITHUB, repository + "#" + number, title,
                "https://github.com/" + repository + "/pull/" + number);
    }

    ItemDraft jira(String issueKey, String title) {
        return item(SourceKind.JIRA, issueKey, title, "https://acme.atlassian.net/browse/" + issueKey);
    }

    private ItemDraft item(SourceKind kind, String ref, String title, String url) {
        ItemDraft draft = new ItemDraft(kind, ref, title, URI.create(url));
        if (items.putIfAbsent(kind + ":" + ref, draft) != null) {
            throw new IllegalStateException("duplicate demo source item " + kind + " " + ref);
        }
        return draft;
    }

    // ---- milestones, risks, budget, people

    /** Returns the milestone's key, {@code code + "/" + name}. {@code completedOffset} only for DONE. */
    String milestone(String code, String name, String description, int baselineOffset, int dueOffset,
            MilestoneStatus status, Integer completedOffset) {
        String key = code + "/" + name;
        Milestone milestone = new Milestone(id("milestone:" + key), project(code).id(), name, description,
                day(baselineOffset), day(dueOffset), status, completedOffset == null ? null : day(completedOffset),
                now, 0);
        if (milestones.putIfAbsent(key, milestone) != null) {
            throw new IllegalStateException("duplicate demo milestone " + key);
        }
        return key;
    }

    void milestoneTasks(String milestoneKey, String... taskKeys) {
        for (String taskKey : taskKeys) {
            milestoneTasks.add(new String[] {milestoneKey, taskKey});
        }
    }

    /** Links risk {@code riskKey} of project {@code code} to tasks and milestones, each named by its demo key. */
    void riskLinks(String code, String riskKey, String... targetKeys) {
        for (String target : targetKeys) {
            riskLinks.add(new String[] {code, riskKey, target});
        }
    }

    /** The next risk of the project's register, keyed R-001, R-002, … in the order they are added. */
    RiskDraft risk(String code, String title) {
        int sequence = riskCounts.merge(code, 1, Integer::sum);
        RiskDraft draft = new RiskDraft(code, Risk.keyFor(sequence), title);
        risks.add(draft);
        return draft;
    }

    /** Returns the line's key, {@code code + "/" + category}; the amount is in the project's currency. */
    String budgetLine(String code, String category, String planned) {
        Project project = project(code);
        String key = code + "/" + category;
        BudgetLine line = new BudgetLine(id("budget-line:" + key), project.id(), category,
                new Money(new BigDecimal(planned), project.currency()), now, 0);
        if (budgetLines.putIfAbsent(key, line) != null) {
            throw new IllegalStateException("duplicate demo budget line " + key);
        }
        return key;
    }

    /** A ledger entry against a line; a negative amount is a refund. */
    void spend(String lineKey, int dayOffset, String amount, String vendor, String note) {
        BudgetLine line = budgetLines.get(lineKey);
        if (line == null) {
            throw new IllegalStateException("no demo budget line " + lineKey);
        }
        int sequence = transactionCounts.merge(lineKey, 1, Integer::sum);
        transactions.add(new Transaction(id("transaction:" + lineKey + "#" + sequence), line.projectId(), line.id(),
                day(dayOffset), new Money(new BigDecimal(amount), line.planned().currency()), vendor, note, now, 0));
    }

    /** {@code cadenceDays} and {@code lastContactOffset} may be null (no agreed cadence, never contacted). */
    void stakeholder(String code, String name, String role, String organisation, String email, int influence,
            int interest, Integer cadenceDays, Integer lastContactOffset) {
        stakeholders.add(new Stakeholder(id("stakeholder:" + code + "/" + name), project(code).id(), name, role,
                organisation, email, influence, interest, cadenceDays == null ? null : Duration.ofDays(cadenceDays),
                lastContactOffset == null ? null : day(lastContactOffset), now, 0));
    }

    // ---- assembly

    WorkspaceSnapshot build() {
        Map<String, Task> builtTasks = new LinkedHashMap<>();
        tasks.forEach((key, draft) -> builtTasks.put(key, draft.build()));

        List<TaskLink> builtLinks = new ArrayList<>();
        for (LinkDraft link : links) {
            Task from = requireTask(builtTasks, link.from());
            Task to = requireTask(builtTasks, link.to());
            Instant created = (from.createdAt().isAfter(to.createdAt()) ? from.createdAt() : to.createdAt())
                    .plus(Duration.ofMinutes(5));
            builtLinks.add(new TaskLink(id("link:" + link.from() + ">" + link.kind() + ">" + link.to()), from.id(),
                    to.id(), link.kind(), link.origin(), created));
        }

        List<SourceItem> builtItems = new ArrayList<>();
        for (ItemDraft item : items.values()) {
            UUID taskId = item.taskKey == null ? null : requireTask(builtTasks, item.taskKey).id();
            if (item.projectCode != null) {
                project(item.projectCode);
            }
            builtItems.add(item.build(taskId));
        }

        List<MilestoneTask> builtMilestoneTasks = new ArrayList<>();
        for (String[] pair : milestoneTasks) {
            Milestone milestone = milestones.get(pair[0]);
            if (milestone == null) {
                throw new IllegalStateException("no demo milestone " + pair[0]);
            }
            builtMilestoneTasks.add(new MilestoneTask(milestone.id(), requireTask(builtTasks, pair[1]).id()));
        }

        List<Risk> builtRisks = risks.stream().map(RiskDraft::build).toList();
        List<RiskLink> builtRiskLinks = new ArrayList<>();
        for (String[] link : riskLinks) {
            UUID riskId = id("risk:" + link[0] + "/" + link[1]);
            if (builtRisks.stream().noneMatch(r -> r.id().equals(riskId))) {
                throw new IllegalStateException("no demo risk " + link[0] + " " + link[1]);
            }
            UUID id = id("risk-link:" + link[0] + "/" + link[1] + ">" + link[2]);
            Milestone milestone = milestones.get(link[2]);
            builtRiskLinks.add(milestone != null ? RiskLink.toMilestone(id, riskId, milestone.id())
                    : RiskLink.toTask(id, riskId, requireTask(builtTasks, link[2]).id()));
        }

        return new WorkspaceSnapshot(
                List.copyOf(projects.values()),
                List.copyOf(builtTasks.values()),
                builtLinks,
                builtRisks,
                List.copyOf(milestones.values()),
                builtMilestoneTasks,
                stakeholders,
                List.copyOf(budgetLines.values()),
                transactions,
                List.of(),
                builtItems,
                builtRiskLinks);
    }

    private static Task requireTask(Map<String, Task> built, String key) {
        Task task = built.get(key);
        if (task == null) {
            throw new IllegalStateException("no demo task " + key);
        }
        return task;
    }

    private record LinkDraft(String from, LinkKind kind, String to, LinkOrigin origin) {
    }

    /** A task under construction; {@link #build()} turns offsets into dates and instants. */
    final class TaskDraft {
        private final String key;
        private final String projectCode;
        private final String title;
        private String notes = "";
        private TaskStatus status = TaskStatus.TODO;
        private Horizon horizon = Horizon.WEEK;
        private boolean pinned;
        private Integer dueOffset;
        private Duration estimate;
        private String owner;
        private double score;
        private SourceKind sourceKind = SourceKind.MANUAL;
        private String sourceRef;
        private URI sourceUrl;
        private int createdOffset = -1;
        private Integer closedOffset;

        private TaskDraft(String key, String projectCode, String title) {
            this.key = key;
            this.projectCode = projectCode;
            this.title = title;
        }

        TaskDraft notes(String text) {
            this.notes = text;
            return this;
        }

        TaskDraft horizon(Horizon value) {
            this.horizon = value;
            return this;
        }

        /** The user chose the horizon; proposals must leave it alone. */
        TaskDraft pinned() {
            this.pinned = true;
            return this;
        }

        TaskDraft due(int offset) {
            this.dueOffset = offset;
            return this;
        }

        TaskDraft hours(int value) {
            this.estimate = Duration.ofHours(value);
            return this;
        }

        TaskDraft minutes(int value) {
            this.estimate = Duration.ofMinutes(value);
            return this;
        }

        TaskDraft owner(String name) {
            this.owner = name;
            return this;
        }

        TaskDraft score(double value) {
            this.score = value;
            return this;
        }

        TaskDraft created(int offset) {
            this.createdOffset = offset;
            return this;
        }

        TaskDraft doing() {
            this.status = TaskStatus.DOING;
            return this;
        }

        TaskDraft waiting() {
            this.status = TaskStatus.WAITING;
            return this;
        }

        TaskDraft done(int offset) {
            this.status = TaskStatus.DONE;
            this.closedOffset = offset;
            return this;
        }

        TaskDraft cancelled(int offset) {
            this.status = TaskStatus.CANCELLED;
            this.closedOffset = offset;
            return this;
        }

        /** The task was made from this item: it carries the item's source, and the item points back at it. */
        TaskDraft from(ItemDraft item) {
            if (item.taskKey != null) {
                throw new IllegalStateException(item.ref + " already made task " + item.taskKey);
            }
            this.sourceKind = item.kind;
            this.sourceRef = item.ref;
            this.sourceUrl = item.url;
            item.taskKey = key;
            return this;
        }

        private Task build() {
            if (projectCode != null) {
                project(projectCode);
            }
            Instant created = atWorkingTime(createdOffset, key);
            Instant completed = null;
            if (closedOffset != null) {
                completed = latest(atWorkingTime(closedOffset, key + ":closed"), created.plus(Duration.ofHours(2)));
            }
            Instant updated = switch (status) {
                case DONE, CANCELLED -> completed;
                // the status changed on a day between creation and yesterday
                case DOING, WAITING -> latest(atWorkingTime((createdOffset - 1) / 2, key + ":status"), created);
                case TODO -> created;
            };
            return new Task(id("task:" + key), projectCode == null ? null : projectId(projectCode), title, notes,
                    status, horizon, pinned, dueOffset == null ? null : day(dueOffset), estimate, owner, score,
                    sourceKind, sourceRef, sourceUrl, created, updated, completed, 0);
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A source item under construction. */
    final class ItemDraft {
        private final SourceKind kind;
        private final String ref;
        private final String title;
        private final URI url;
        private String snippet = "";
        private String senderName;
        private String senderAddress;
        private Instant createdAt;
        private Integer dueOffset;
        private String threadId;
        private List<String> references = List.of();
        private Instant start;
        private Instant end;
        private String projectCode;
        private String taskKey;

        private ItemDraft(SourceKind kind, String ref, String title, URI url) {
            this.kind = kind;
            this.ref = ref;
            this.title = title;
            this.url = url;
        }

        ItemDraft snippet(String text) {
            this.snippet = text;
            return this;
        }

        /** Sender of a mail, organiser of an event, last editor of a file, author of an issue. */
        ItemDraft from(String name, String address) {
            this.senderName = name;
            this.senderAddress = address;
            return this;
        }

        ItemDraft sent(int dayOffset, int hour, int minute) {
            this.createdAt = at(dayOffset, hour, minute);
            return this;
        }

        ItemDraft due(int offset) {
            this.dueOffset = offset;
            return this;
        }

        ItemDraft thread(String id) {
            this.threadId = id;
            return this;
        }

        ItemDraft references(String... refs) {
            this.references = List.of(refs);
            return this;
        }

        ItemDraft project(String code) {
            this.projectCode = code;
            return this;
        }

        private SourceItem build(UUID taskId) {
            if (createdAt == null) {
                throw new IllegalStateException("demo source item " + ref + " needs sent(...)");
            }
            return new SourceItem(id("item:" + kind + ":" + ref), kind, ref, title, snippet, senderAddress,
                    senderName, createdAt, dueOffset == null ? null : day(dueOffset), threadId, references, url,
                    start, end, projectCode, taskId, now);
        }
    }

    /** A risk under construction. Defaults: open, identified 30 days ago, review in 14 days. */
    final class RiskDraft {
        private final String code;
        private final String key;
        private final String title;
        private String description = "";
        private String category;
        private int likelihood = 1;
        private int impact = 1;
        private String owner;
        private String mitigation = "";
        private String contingency = "";
        private RiskStatus status = RiskStatus.OPEN;
        private int identifiedOffset = -30;
        private Integer reviewOffset = 14;
        private Integer closedOffset;

        private RiskDraft(String code, String key, String title) {
            this.code = code;
            this.key = key;
            this.title = title;
        }

        RiskDraft describe(String text) {
            this.description = text;
            return this;
        }

        RiskDraft category(String value) {
            this.category = value;
            return this;
        }

        RiskDraft rate(int likelihoodScore, int impactScore) {
            this.likelihood = likelihoodScore;
            this.impact = impactScore;
            return this;
        }

        RiskDraft owner(String name) {
            this.owner = name;
            return this;
        }

        RiskDraft mitigation(String text) {
            this.mitigation = text;
            return this;
        }

        RiskDraft contingency(String text) {
            this.contingency = text;
            return this;
        }

        RiskDraft status(RiskStatus value) {
            this.status = value;
            return this;
        }

        RiskDraft identified(int offset) {
            this.identifiedOffset = offset;
            return this;
        }

        RiskDraft review(Integer offset) {
            this.reviewOffset = offset;
            return this;
        }

        RiskDraft closed(int offset) {
            this.status = RiskStatus.CLOSED;
            this.closedOffset = offset;
            this.reviewOffset = null;
            return this;
        }

        private Risk build() {
            return new Risk(id("risk:" + code + "/" + key), project(code).id(), key, title, description, category,
                    likelihood, impact, owner, mitigation, contingency, status, day(identifiedOffset),
                    reviewOffset == null ? null : day(reviewOffset), closedOffset == null ? null : day(closedOffset),
                    now, 0);
        }
    }
}
