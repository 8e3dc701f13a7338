package dev.quarterdeck.connectors.plan;

import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.budget.Money;
import dev.quarterdeck.core.common.Ids;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.milestone.MilestoneTask;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.project.ProjectStatus;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import dev.quarterdeck.core.workspace.WorkspaceSnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.reader.UniversalProjectReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a project plan (Microsoft Project .mpp/.xml, GanttProject .gan, ProjectLibre .pod, Primavera .xer, MPX and
 * the other formats MPXJ's {@link UniversalProjectReader} recognises) into one new Quarterdeck project:
 * <ul>
 *   <li>every task becomes a task (due = its finish, done when 100 % complete), summary tasks included, with a
 *       PARENT link to each of their children;</li>
 *   <li>milestones become milestones (baseline from the plan's baseline finish), and the tasks that lead into a
 *       milestone become its milestone tasks;</li>
 *   <li>finish-to-start (and every other) dependency between two tasks becomes a BLOCKS link;</li>
 *   <li>costs become budget lines, one per top-level phase (the sum of its tasks), the project budget their sum.</li>
 * </ul>
 * New IDs everywhere, so the result can be imported into any store. Thread-safe.
 */
public final class ProjectPlanImporter {

    /** File name endings offered in the file chooser. */
    public static final List<String> EXTENSIONS = List.of("mpp", "xml", "gan", "pod", "xer", "mpx", "pmxml", "pp");

    private static final Logger LOG = LoggerFactory.getLogger(ProjectPlanImporter.class);
    private static final String DEFAULT_CURRENCY = "EUR";

    private final Clock clock;
    private final Supplier<UUID> ids;

    public ProjectPlanImporter(Clock clock, Supplier<UUID> ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    public ProjectPlanImporter(Clock clock) {
        this(clock, Ids::newId);
    }

    /** Thrown when the file is not a plan MPXJ can read; the message is for the user. */
    public static final class UnreadablePlan extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadablePlan(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param code       the new project's code (see {@link #suggestCode}); must not be in use in the store
     * @param currency   the currency of the budget when the plan names none
     */
    public WorkspaceSnapshot read(Path file, String code, Currency currency) throws IOException {
        ProjectFile plan;
        try (InputStream in = Files.newInputStream(file)) {
            plan = new UniversalProjectReader().read(in);
        } catch (MPXJException | RuntimeException e) {
            throw new UnreadablePlan(file.getFileName() + " is not a project plan Quarterdeck can read ("
                    + message(e) + ")", e);
        }
        if (plan == null) {
            throw new UnreadablePlan(file.getFileName() + " is not a project plan Quarterdeck can read (unknown "
                    + "format)", null);
        }
        return convert(plan, file.getFileName().toString(), code, currency);
    }

    /** A project code from the plan's title or file name: upper-case letters and digits, at most 12. */
    public static String suggestCode(String title, Set<String> taken) {
        String letters = title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        letters = letters.replaceFirst("^[0-9]+", "");
        String base = letters.length() < 2 ? "PLAN" : letters.substring(0, Math.min(8, letters.length()));
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + n;
        }
        return code;
    }

    WorkspaceSnapshot convert(ProjectFile plan, String fileName, String code, Currency defaultCurrency) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        ProjectProperties properties = plan.getProjectProperties();
        Currency currency = currency(properties.getCurrencyCode(), defaultCurrency);
        UUID projectId = ids.get();

        Map<Integer, Task> tasks = new LinkedHashMap<>();
        Map<Integer, Milestone> milestones = new LinkedHashMap<>();
        Map<String, BigDecimal> costByPhase = new LinkedHashMap<>();
        LocalDate earliest = null;
        LocalDate latest = null;
        for (org.mpxj.Task item : plan.getTasks()) {
            if (isProjectSummary(item) || item.getName() == null || item.getName().isBlank()) {
                continue;
            }
            LocalDate start = date(item.getStart());
            LocalDate finish = date(item.getFinish());
            earliest = min(earliest, start);
            latest = max(latest, finish);
            boolean done = percent(item) >= 100;
            if (item.getMilestone()) {
                LocalDate due = finish != null ? finish : start != null ? start : today;
                LocalDate baseline = date(item.getBaselineFinish());
                LocalDate completed = done ? orElse(date(item.getActualFinish()), due) : null;
                milestones.put(item.getUniqueID(), new Milestone(ids.get(), projectId, text(item.getName(), 200),
                        text(item.getNotes(), 20_000, ""), baseline != null ? baseline : due, due,
                        done ? MilestoneStatus.DONE : MilestoneStatus.PLANNED, completed, now, 0));
                continue;
            }
            TaskStatus status = done ? TaskStatus.DONE : percent(item) > 0 ? TaskStatus.DOING : TaskStatus.TODO;
            Instant completedAt = done ? completion(item, now) : null;
            Instant createdAt = completedAt != null && completedAt.isBefore(now) ? completedAt : now;
            tasks.put(item.getUniqueID(), new Task(ids.get(), projectId, text(item.getName(), 500),
                    text(item.getNotes(), 100_000, ""), status, horizon(finish, today), false, finish, null, null, 0,
                    SourceKind.FILE, text(fileName, 400) + " #" + item.getUniqueID(), null, createdAt, now,
                    completedAt, 0));
            if (!item.getSummary()) {
                addCost(costByPhase, phaseOf(item), item.getCost());
            }
        }

        List<TaskLink> links = new ArrayList<>();
        List<MilestoneTask> milestoneTasks = new ArrayList<>();
        for (org.mpxj.Task item : plan.getTasks()) {
            Task child = tasks.get(item.getUniqueID());
            Task parent = item.getParentTask() == null ? null : tasks.get(item.getParentTask().getUniqueID());
            if (child != null && parent != null) {
                links.add(new TaskLink(ids.get(), parent.id(), child.id(), LinkKind.PARENT, LinkOrigin.USER, now));
            }
            for (Relation relation : item.getPredecessors()) {
                Task before = tasks.get(relation.getPredecessorTask().getUniqueID());
                Task after = tasks.get(relation.getSuccessorTask().getUniqueID());
                Milestone milestone = milestones.get(relation.getSuccessorTask().getUniqueID());
                if (before != null && after != null && !before.id().equals(after.id())) {
                    links.add(new TaskLink(ids.get(), before.id(), after.id(), LinkKind.BLOCKS, LinkOrigin.USER, now));
                } else if (before != null && milestone != null) {
                    milestoneTasks.add(new MilestoneTask(milestone.id(), before.id()));
                }
            }
        }

        List<BudgetLine> budget = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> phase : costByPhase.entrySet()) {
            Money planned = new Money(phase.getValue(), currency);
            budget.add(new BudgetLine(ids.get(), projectId, text(phase.getKey(), 120), planned, now, 0));
            total = total.add(planned.amount());
        }

        String title = orElse(blankToNull(properties.getProjectTitle()), orElse(blankToNull(properties.getName()),
                fileName.replaceFirst("\\.[^.]+$", "")));
        LocalDate projectStart = orElse(date(properties.getStartDate()), earliest);
        LocalDate projectDue = orElse(date(properties.getFinishDate()), latest);
        if (projectStart != null && projectDue != null && projectDue.isBefore(projectStart)) {
            projectDue = projectStart;
        }
        Project project = new Project(projectId, code, text(title, 120),
                text(properties.getComments(), 20_000, "Imported from " + fileName), ProjectStatus.ACTIVE,
                Priority.MEDIUM, text(properties.getManager(), 120, null), null, projectStart, projectDue, List.of(),
                List.of(), "", "", currency, total, now, now, 0);
        LOG.info("Read plan {}: {} tasks, {} milestones, {} links, {} budget lines", fileName, tasks.size(),
                milestones.size(), links.size(), budget.size());
        return new WorkspaceSnapshot(List.of(project), List.copyOf(tasks.values()), links, List.of(),
                List.copyOf(milestones.values()), milestoneTasks, List.of(), budget, List.of(), List.of(), List.of());
    }

    /** MPXJ models the whole project as task 0 (Microsoft Project's project summary task). */
    private static boolean isProjectSummary(org.mpxj.Task item) {
        return item.getUniqueID() != null && item.getUniqueID() == 0 && item.getOutlineLevel() != null
                && item.getOutlineLevel() == 0;
    }

    private static String phaseOf(org.mpxj.Task item) {
        org.mpxj.Task top = item;
        while (top.getParentTask() != null && !isProjectSummary(top.getParentTask())) {
            top = top.getParentTask();
        }
        return top.getName().strip();
    }

    private static void addCost(Map<String, BigDecimal> costs, String phase, Number cost) {
        if (cost == null || cost.doubleValue() <= 0 || Double.isNaN(cost.doubleValue())) {
            return;
        }
        costs.merge(phase, BigDecimal.valueOf(cost.doubleValue()).setScale(2, RoundingMode.HALF_UP), BigDecimal::add);
    }

    private Instant completion(org.mpxj.Task item, Instant now) {
        LocalDateTime finished = item.getActualFinish() != null ? item.getActualFinish() : item.getFinish();
        if (finished == null) {
            return now;
        }
        Instant at = finished.atZone(clock.getZone()).toInstant();
        return at.isAfter(now) ? now : at;
    }

    private static Horizon horizon(LocalDate due, LocalDate today) {
        if (due == null) {
            return Horizon.LATER;
        }
        if (!due.isAfter(today)) {
            return Horizon.TODAY;
        }
        if (!due.isAfter(today.plusDays(7))) {
            return Horizon.WEEK;
        }
        return due.isAfter(today.plusDays(31)) ? Horizon.LATER : Horizon.MONTH;
    }

    private static double percent(org.mpxj.Task item) {
        Number percent = item.getPercentageComplete();
        return percent == null ? 0 : percent.doubleValue();
    }

    private static Currency currency(String code, Currency fallback) {
        if (code != null && !code.isBlank()) {
            try {
                return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                LOG.info("Plan currency {} is unknown; using {}", code, fallback);
            }
        }
        return fallback != null ? fallback : Currency.getInstance(DEFAULT_CURRENCY);
    }

    private static LocalDate date(LocalDateTime time) {
        return time == null ? null : time.toLocalDate();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isBefore(a) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String text(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    private static String text(String text, int max, String fallback) {
        return text == null || text.isBlank() ? fallback : text(text, max);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }
}
