package dev.quarterdeck.core.briefing;

import static dev.quarterdeck.core.briefing.Markdown.escape;

import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.agent.DayPlan;
import dev.quarterdeck.core.agent.StakeholderAgent;
import dev.quarterdeck.core.agent.WorkspaceIndex;
import dev.quarterdeck.core.budget.BudgetAlert;
import dev.quarterdeck.core.focus.TaskScore;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.milestone.MilestoneStatus;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.SourceKind;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The lines of each briefing section, each naming the record it comes from: a task by its title and project code
 * (or "inbox"), a milestone by its name and project code, a risk by its project code and key, a meeting by its title,
 * a person by name and project code. Titles are quoted with “…” so a reader (and a test) can find them.
 */
final class BriefingSections {

    static final int TOP = 3;
    static final int DEADLINE_HOURS = 48;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final AgentContext context;
    private final WorkspaceIndex index;

    BriefingSections(AgentContext context) {
        this.context = context;
        this.index = context.index();
    }

    // ---- meetings and plan

    /** Calendar items on {@code day} that are not over at {@code notBefore}, by start. */
    List<String> meetings(LocalDate day, Instant notBefore) {
        List<SourceItem> meetings = context.workspace().sourceItems().stream()
                .filter(i -> i.kind() == SourceKind.CALENDAR && i.start() != null)
                .filter(i -> local(i.start()).toLocalDate().equals(day))
                .filter(i -> (i.end() != null ? i.end() : i.start()).isAfter(notBefore))
                .sorted(Comparator.comparing(SourceItem::start).thenComparing(SourceItem::title))
                .toList();
        List<String> lines = new ArrayList<>();
        for (SourceItem meeting : meetings) {
            StringBuilder line = new StringBuilder(TIME.format(local(meeting.start())));
            if (meeting.end() != null) {
                line.append('\u2013').append(TIME.format(local(meeting.end())));
            }
            line.append(' ').append(quote(meeting.title()));
            if (meeting.projectCode() != null) {
                line.append(" (").append(meeting.projectCode()).append(')');
            }
            if (meeting.senderName() != null) {
                line.append(", organised by ").append(escape(meeting.senderName()));
            }
            index.taskFor(meeting).filter(Task::isOpen).ifPresent(task -> line.append("; prepare: ")
                    .append(task(task)));
            lines.add(line.toString());
        }
        return lines;
    }

    List<String> plan(DayPlan plan) {
        List<String> lines = new ArrayList<>();
        for (DayPlan.Block block : plan.blocks()) {
            String what = block.kind() == DayPlan.Kind.MEETING ? "meeting " + quote(block.title())
                    : quote(block.title()) + " (" + (block.projectCode() == null ? "inbox" : block.projectCode()) + ")"
                            + (block.parts() == 1 ? "" : ", part " + block.part() + " of " + block.parts());
            lines.add(TIME.format(block.start()) + '\u2013' + TIME.format(block.end()) + ' ' + what);
        }
        for (DayPlan.Unplanned unplanned : plan.unplanned()) {
            lines.add("Not planned: " + quote(unplanned.title()) + " ("
                    + (unplanned.projectCode() == null ? "inbox" : unplanned.projectCode()) + ") \u2014 "
                    + unplanned.reason());
        }
        plan.notes().forEach(note -> lines.add("Note: " + note));
        return lines;
    }

    // ---- tasks

    /** The user's open tasks that are not waiting, by score: the top {@value #TOP}. */
    List<String> topTasks() {
        return context.workspace().tasks().stream()
                .filter(t -> t.isOpen() && t.status() != TaskStatus.WAITING && context.isMine(t))
                .sorted(byScore())
                .limit(TOP)
                .map(t -> {
                    TaskScore score = context.score(t);
                    return task(t) + " \u2014 score " + Math.round(score.total()) + ": " + score.explain();
                })
                .toList();
    }

    /** Open tasks and milestones due by the end of the day after tomorrow, overdue ones first. */
    List<String> deadlines() {
        return dueBetween(null, context.today().plusDays(DEADLINE_HOURS / 24));
    }

    /** Open tasks and milestones due from {@code from} (or any time before, when null) to {@code to}, by date. */
    List<String> dueBetween(LocalDate from, LocalDate to) {
        record Dated(LocalDate due, String text) {
        }
        LocalDate today = context.today();
        List<Dated> dated = new ArrayList<>();
        for (Task task : context.workspace().tasks()) {
            if (task.isOpen() && task.due() != null && inRange(task.due(), from, to) && isInOpenProject(task)) {
                dated.add(new Dated(task.due(), when(task.due(), today) + ": " + task(task)
                        + (task.owner() == null ? "" : ", " + escape(task.owner()))));
            }
        }
        for (Project project : index.openProjects()) {
            for (Milestone milestone : index.milestonesOf(project.id())) {
                if (WorkspaceIndex.isOpen(milestone) && inRange(milestone.due(), from, to)) {
                    dated.add(new Dated(milestone.due(), when(milestone.due(), today) + ": milestone "
                            + quote(milestone.name()) + " (" + project.code() + ")"));
                }
            }
        }
        return dated.stream().sorted(Comparator.comparing(Dated::due).thenComparing(Dated::text)).map(Dated::text)
                .toList();
    }

    /** Tasks completed from {@code from} to {@code to} (local dates, inclusive), newest first. */
    List<String> completed(LocalDate from, LocalDate to) {
        List<String> lines = new ArrayList<>(context.workspace().tasks().stream()
                .filter(t -> t.status() == TaskStatus.DONE)
                .filter(t -> inRange(local(t.completedAt()).toLocalDate(), from, to))
                .sorted(Comparator.comparing(Task::completedAt).reversed().thenComparing(Task::title))
                .map(t -> task(t) + ", done " + DAY.format(local(t.completedAt())))
                .toList());
        for (Project project : index.openProjects()) {
            for (Milestone milestone : index.milestonesOf(project.id())) {
                if (milestone.status() == MilestoneStatus.DONE && inRange(milestone.completed(), from, to)) {
                    lines.add("milestone " + quote(milestone.name()) + " (" + project.code() + "), reached "
                            + DAY.format(milestone.completed()));
                }
            }
        }
        return lines;
    }

    /** The user's open tasks in today's lane, by score. */
    List<String> todayLane() {
        return context.workspace().tasks().stream()
                .filter(t -> t.isOpen() && t.horizon() == Horizon.TODAY && context.isMine(t))
                .sorted(byScore())
                .map(t -> task(t) + (t.status() == TaskStatus.WAITING ? ", waiting" : "")
                        + (t.due() == null ? "" : ", due " + DAY.format(t.due())))
                .toList();
    }

    /** Open milestones that are overdue or slipping, and open tasks that fell due from {@code from} to yesterday. */
    List<String> slips(LocalDate from) {
        LocalDate today = context.today();
        List<String> lines = new ArrayList<>();
        for (Project project : index.openProjects()) {
            for (Milestone m : index.milestonesOf(project.id())) {
                if (!WorkspaceIndex.isOpen(m)) {
                    continue;
                }
                if (m.isPastDue(today)) {
                    lines.add("milestone " + quote(m.name()) + " (" + project.code() + ") overdue "
                            + ChronoUnit.DAYS.between(m.due(), today) + " d (due " + DAY.format(m.due())
                            + ", baseline " + DAY.format(m.baselineDue()) + ")");
                } else if (m.slipDays() > 0) {
                    lines.add("milestone " + quote(m.name()) + " (" + project.code() + ") slips " + m.slipDays()
                            + " d (due " + DAY.format(m.due()) + ", baseline " + DAY.format(m.baselineDue()) + ")");
                }
            }
        }
        context.workspace().tasks().stream()
                .filter(t -> t.isOpen() && t.due() != null && inRange(t.due(), from, today.minusDays(1)))
                .filter(this::isInOpenProject)
                .sorted(Comparator.comparing(Task::due).thenComparing(Task::title))
                .forEach(t -> lines.add(task(t) + " fell due " + DAY.format(t.due()) + " and is still open"));
        return lines;
    }

    // ---- risks, budget, people

    /** Active high and critical risks whose review is due today or earlier, highest score first. */
    List<String> risksToReview() {
        LocalDate today = context.today();
        List<String> lines = new ArrayList<>();
        index.openProjects().stream()
                .flatMap(p -> index.risksOf(p.id()).stream())
                .filter(r -> r.status().isActive() && (r.band() == RiskBand.HIGH || r.band() == RiskBand.CRITICAL))
                .filter(r -> r.nextReview() != null && !r.nextReview().isAfter(today))
                .sorted(Comparator.comparingInt(Risk::score).reversed()
                        .thenComparing(r -> index.projectLabel(r.projectId())).thenComparing(Risk::key))
                .forEach(r -> lines.add(index.projectLabel(r.projectId()) + " " + r.key() + " " + quote(r.title())
                        + " \u2014 " + r.band().label().toLowerCase(Locale.ROOT) + ", " + r.likelihood() + " \u00d7 "
                        + r.impact() + " = " + r.score() + ", review due " + DAY.format(r.nextReview())
                        + (r.owner() == null ? "" : ", owner " + escape(r.owner()))));
        return lines;
    }

    List<String> budgetAlerts() {
        List<String> lines = new ArrayList<>();
        for (Project project : index.openProjects()) {
            for (BudgetAlert alert : context.budgetAlerts(project)) {
                lines.add(project.code() + ": " + escape(alert.message()));
            }
        }
        return lines;
    }

    List<String> peopleToUpdate() {
        return StakeholderAgent.dueForUpdate(context).stream().map(due -> {
            Stakeholder s = due.stakeholder();
            String contact = s.lastContact() == null ? "never contacted"
                    : "last contact " + DAY.format(s.lastContact());
            return escape(s.name()) + " (" + (s.role() == null ? "" : escape(s.role()) + ", ")
                    + due.project().code() + ") \u2014 " + contact + ", every " + s.cadence().toDays() + " days";
        }).toList();
    }

    // ---- formatting

    private Comparator<Task> byScore() {
        return Comparator.comparingDouble((Task t) -> context.score(t).total()).reversed()
                .thenComparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Task::title).thenComparing(Task::id);
    }

    private boolean isInOpenProject(Task task) {
        return task.projectId() == null || index.project(task.projectId()).map(p -> p.status().isOpen()).orElse(true);
    }

    /** “Title” (CODE). */
    private String task(Task task) {
        return quote(task.title()) + " (" + index.projectLabel(task.projectId()) + ")";
    }

    private static String when(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return DAY.format(due) + " (overdue " + -days + " d)";
        }
        return days == 0 ? "today" : days == 1 ? "tomorrow" : DAY.format(due);
    }

    private static boolean inRange(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && (from == null || !date.isBefore(from)) && !date.isAfter(to);
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(context.zone());
    }

    static String quote(String title) {
        return "\u201c" + escape(title) + "\u201d";
    }
}
