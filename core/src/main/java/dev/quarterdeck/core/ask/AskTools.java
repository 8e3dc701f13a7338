package dev.quarterdeck.core.ask;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.agent.WorkspaceIndex;
import dev.quarterdeck.core.budget.BudgetAlert;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.Task;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The read-only tools a language model may call to answer a question: each reads the workspace snapshot the question
 * is asked against, never the store, so nothing a tool does can change a record. Every record a result lists carries
 * a reference ({@code task:1a2b3c4d}, {@code risk:…}, {@code milestone:…}, {@code project:CODE}); an answer may cite
 * only references a tool returned, and the tools remember each one with a label for the answer's Sources.
 */
final class AskTools {

    static final int LIMIT = 25;
    static final List<String> NAMES = List.of("list_tasks", "overdue", "risks", "project_summary", "search");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AgentContext context;
    private final WorkspaceIndex index;
    private final Map<String, String> seen = new LinkedHashMap<>();
    private final Map<String, UUID> ids = new LinkedHashMap<>();

    AskTools(AgentContext context) {
        this.context = context;
        this.index = context.index();
    }

    /** What each tool does, for the model's instructions. */
    static String describe() {
        return """
                - list_tasks(project?, horizon?): open tasks by priority score; horizon is TODAY, WEEK, MONTH or LATER
                - overdue(project?): open tasks past their due date
                - risks(min_score?, project?): active risks scoring above min_score (1-25), highest first
                - project_summary(project): a project's status, health, open and overdue tasks, slipping milestones, \
                high risks and budget alerts
                - search(text): tasks, risks and milestones whose title contains the text""";
    }

    /** Runs one tool; a bad argument is answered with an error the model can read and correct, not an exception. */
    String call(String tool, Args args) {
        Args a = args == null ? Args.NONE : args;
        ObjectNode result = JSON.createObjectNode();
        Optional<Project> project = Optional.empty();
        if (a.project() != null && !a.project().isBlank()) {
            project = index.projectByCode(a.project().strip().toUpperCase(Locale.ROOT));
            if (project.isEmpty()) {
                return error("no project has the code " + a.project() + "; the codes are " + codes());
            }
        }
        switch (tool) {
            case "list_tasks" -> {
                Horizon horizon = horizon(a.horizon());
                if (a.horizon() != null && !a.horizon().isBlank() && horizon == null) {
                    return error("horizon must be TODAY, WEEK, MONTH or LATER");
                }
                tasks(result, project, t -> t.isOpen() && (horizon == null || t.horizon() == horizon),
                        Comparator.comparingDouble((Task t) -> context.score(t).total()).reversed());
            }
            case "overdue" -> tasks(result, project, t -> t.isOverdue(context.today()), byDue());
            case "risks" -> risks(result, project, a.minScore() == null ? 0 : a.minScore());
            case "project_summary" -> {
                if (project.isEmpty()) {
                    return error("project_summary needs a project code; the codes are " + codes());
                }
                summary(result, project.get());
            }
            case "search" -> {
                if (a.text() == null || a.text().isBlank()) {
                    return error("search needs a text");
                }
                search(result, a.text().strip().toLowerCase(Locale.ROOT));
            }
            default -> {
                return error("there is no tool " + tool + "; the tools are " + NAMES);
            }
        }
        return result.toString();
    }

    /** The label of every reference a tool returned so far, by reference. */
    Map<String, String> seen() {
        return Map.copyOf(seen);
    }

    /** The record behind a reference a tool returned; empty for one it did not return. */
    Optional<UUID> id(String ref) {
        return Optional.ofNullable(ids.get(ref == null ? "" : ref.strip()));
    }

    Optional<Project> project(String code) {
        return code == null ? Optional.empty() : index.projectByCode(code.strip().toUpperCase(Locale.ROOT));
    }

    Optional<Task> task(String ref) {
        return id(ref).flatMap(index::task);
    }

    private void tasks(ObjectNode result, Optional<Project> project, Predicate<Task> filter, Comparator<Task> order) {
        List<Task> tasks = context.workspace().tasks().stream()
                .filter(t -> project.isEmpty() || project.get().id().equals(t.projectId()))
                .filter(filter).sorted(order.thenComparing(Task::title)).toList();
        result.put("count", tasks.size());
        ArrayNode rows = result.putArray("tasks");
        tasks.stream().limit(LIMIT).forEach(t -> task(rows.addObject(), t));
    }

    private void task(ObjectNode row, Task t) {
        String label = "\u201c" + t.title() + "\u201d (" + index.projectLabel(t.projectId()) + ")";
        row.put("ref", remember("task", t.id(), label)).put("title", t.title())
                .put("project", index.projectLabel(t.projectId())).put("status", t.status().name())
                .put("horizon", t.horizon().name()).put("score", Math.round(context.score(t).total()));
        if (t.due() != null) {
            row.put("due", t.due().toString());
        }
        if (t.owner() != null) {
            row.put("owner", t.owner());
        }
    }

    private void risks(ObjectNode result, Optional<Project> project, int minScore) {
        List<Risk> risks = activeRisks(project).filter(r -> r.score() > minScore)
                .sorted(Comparator.comparingInt(Risk::score).reversed().thenComparing(Risk::key)).toList();
        result.put("count", risks.size());
        ArrayNode rows = result.putArray("risks");
        risks.stream().limit(LIMIT).forEach(r -> risk(rows.addObject(), r));
    }

    private void risk(ObjectNode row, Risk r) {
        String code = index.projectLabel(r.projectId());
        row.put("ref", remember("risk", r.id(), code + " " + r.key() + " \u201c" + r.title() + "\u201d"))
                .put("key", r.key()).put("title", r.title()).put("project", code)
                .put("likelihood", r.likelihood()).put("impact", r.impact()).put("score", r.score());
        if (r.nextReview() != null) {
            row.put("next_review", r.nextReview().toString());
        }
        if (r.owner() != null) {
            row.put("owner", r.owner());
        }
    }

    private void summary(ObjectNode result, Project p) {
        result.put("ref", remember("project", p.id(), p.code() + " \u201c" + p.name() + "\u201d"))
                .put("code", p.code()).put("name", p.name()).put("status", p.status().name())
                .put("health", context.health(p).summary());
        List<Task> open = index.tasksOf(p.id()).stream().filter(Task::isOpen).toList();
        result.put("open_tasks", open.size());
        ArrayNode overdue = result.putArray("overdue_tasks");
        open.stream().filter(t -> t.isOverdue(context.today())).sorted(byDue()).limit(LIMIT)
                .forEach(t -> task(overdue.addObject(), t));
        ArrayNode milestones = result.putArray("slipping_milestones");
        index.milestonesOf(p.id()).stream().filter(WorkspaceIndex::isOpen)
                .filter(m -> m.isPastDue(context.today()) || m.slipDays() > 0)
                .forEach(m -> milestone(milestones.addObject(), m, p));
        ArrayNode risks = result.putArray("high_risks");
        activeRisks(Optional.of(p)).filter(r -> r.score() >= 12)
                .sorted(Comparator.comparingInt(Risk::score).reversed()).limit(LIMIT)
                .forEach(r -> risk(risks.addObject(), r));
        ArrayNode alerts = result.putArray("budget_alerts");
        for (BudgetAlert alert : context.budgetAlerts(p)) {
            alerts.add(alert.severity().name().toLowerCase(Locale.ROOT) + ": " + alert.message());
        }
    }

    private void milestone(ObjectNode row, Milestone m, Project p) {
        row.put("ref", remember("milestone", m.id(), "milestone \u201c" + m.name() + "\u201d (" + p.code() + ")"))
                .put("name", m.name()).put("project", p.code()).put("due", m.due().toString())
                .put("slip_days", m.slipDays()).put("overdue", m.isPastDue(context.today()));
    }

    private void search(ObjectNode result, String text) {
        ArrayNode tasks = result.putArray("tasks");
        context.workspace().tasks().stream().filter(t -> t.title().toLowerCase(Locale.ROOT).contains(text))
                .sorted(Comparator.comparing(Task::isOpen).reversed().thenComparing(Task::title)).limit(LIMIT)
                .forEach(t -> task(tasks.addObject(), t));
        ArrayNode risks = result.putArray("risks");
        activeRisks(Optional.empty()).filter(r -> r.title().toLowerCase(Locale.ROOT).contains(text)).limit(LIMIT)
                .forEach(r -> risk(risks.addObject(), r));
        ArrayNode milestones = result.putArray("milestones");
        for (Project p : index.openProjects()) {
            index.milestonesOf(p.id()).stream().filter(m -> m.name().toLowerCase(Locale.ROOT).contains(text))
                    .forEach(m -> milestone(milestones.addObject(), m, p));
        }
    }

    private Stream<Risk> activeRisks(Optional<Project> project) {
        return context.workspace().risks().stream().filter(r -> r.status().isActive())
                .filter(r -> project.isEmpty() || r.projectId().equals(project.get().id()));
    }

    private String remember(String kind, UUID id, String label) {
        String ref = kind.equals("project") ? "project:" + label.substring(0, label.indexOf(' '))
                : kind + ":" + id.toString().substring(0, 8);
        seen.put(ref, label);
        ids.put(ref, id);
        return ref;
    }

    private String codes() {
        return String.join(", ", index.openProjects().stream().map(Project::code).toList());
    }

    private static Comparator<Task> byDue() {
        return Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    static Horizon horizon(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Horizon.valueOf(text.strip().toUpperCase(Locale.ROOT).replace("THIS_", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }

    /** A tool's arguments; each is optional and only some tools read each one. */
    record Args(String project, String horizon, @JsonProperty("min_score") Integer minScore, String text) {
        static final Args NONE = new Args(null, null, null, null);
    }
}
