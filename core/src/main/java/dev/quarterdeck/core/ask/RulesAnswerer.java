package dev.quarterdeck.core.ask;

import dev.quarterdeck.core.agent.AgentContext;
import dev.quarterdeck.core.agent.WorkspaceIndex;
import dev.quarterdeck.core.budget.BudgetAlert;
import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers structured questions about the workspace without a language model: "what is overdue in KUBE", "risks above
 * 15", "what is due this week", "milestones slipping", "budget alerts", "who needs an update", "status of ATLAS".
 * A project is named by its code anywhere in the question. Every line names its record. A question it does not
 * understand gets the list of questions it does.
 */
public final class RulesAnswerer {

    static final int LIMIT = 25;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final Pattern ABOVE = Pattern.compile("(?:above|over|greater than|more than|>=?|at least)\\s*(\\d{1,2})");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9-]{1,11}");

    /** What the rules understand, shown when a question matches none of them. */
    public static final List<String> EXAMPLES = List.of("What is overdue in KUBE?", "Risks above 15",
            "What is due this week?", "Which milestones are slipping?", "Budget alerts", "Who needs an update?",
            "Status of ATLAS");

    public Answer answer(String question, AgentContext context) {
        Require.present(question, "question");
        Require.present(context, "context");
        String q = question.toLowerCase(Locale.ROOT);
        Optional<Project> project = projectIn(question, context.index());
        String scope = project.map(p -> " in " + p.code()).orElse("");
        if (q.contains("risk")) {
            return risks(q, project, scope, context);
        }
        if (q.contains("overdue") || q.contains("late")) {
            return tasks("Overdue" + scope, project, context,
                    t -> t.isOverdue(context.today()), "Nothing is overdue" + scope + ".");
        }
        if (q.contains("due")) {
            LocalDate until = q.contains("today") ? context.today()
                    : q.contains("tomorrow") ? context.today().plusDays(1)
                    : q.contains("month") ? context.today().plusDays(30) : context.today().plusDays(7);
            String window = q.contains("today") ? "today" : q.contains("tomorrow") ? "by tomorrow"
                    : q.contains("month") ? "within 30 days" : "within 7 days";
            return tasks("Due " + window + scope, project, context,
                    t -> t.isOpen() && t.due() != null && !t.due().isAfter(until), "Nothing is due " + window + scope
                            + ".");
        }
        if (q.contains("milestone") || q.contains("slip")) {
            return milestones(project, scope, context);
        }
        if (q.contains("budget") || q.contains("spend") || q.contains("cost")) {
            return budget(project, scope, context);
        }
        if (q.contains("update") || q.contains("stakeholder") || q.contains("who")) {
            return people(project, scope, context);
        }
        if ((q.contains("status") || q.contains("health") || q.contains("how is")) && project.isPresent()) {
            Project p = project.get();
            return new Answer("Status of " + p.code(), List.of(p.code() + " “" + p.name() + "”: "
                    + context.health(p).summary()));
        }
        return Answer.notUnderstood();
    }

    private static Answer risks(String q, Optional<Project> project, String scope, AgentContext context) {
        Matcher above = ABOVE.matcher(q);
        int threshold = above.find() ? Integer.parseInt(above.group(1)) : (q.contains("critical") ? 19 : 9);
        List<String> lines = context.workspace().risks().stream()
                .filter(r -> r.status().isActive())
                .filter(r -> project.isEmpty() || r.projectId().equals(project.get().id()))
                .filter(r -> r.score() > threshold)
                .sorted(Comparator.comparingInt(Risk::score).reversed().thenComparing(Risk::key))
                .map(r -> context.index().projectLabel(r.projectId()) + " " + r.key() + " “" + r.title() + "” — "
                        + r.likelihood() + "×" + r.impact() + " = " + r.score() + " "
                        + RiskBand.of(r.score()).label().toLowerCase(Locale.ROOT)
                        + (r.nextReview() == null ? "" : ", review " + DAY.format(r.nextReview())))
                .toList();
        String title = "Open risks above " + threshold + scope;
        return lines.isEmpty() ? new Answer(title, List.of("No open risk scores above " + threshold + scope + "."))
                : new Answer(title, limit(lines));
    }

    private static Answer tasks(String title, Optional<Project> project, AgentContext context, Predicate<Task> filter,
            String none) {
        List<String> lines = context.workspace().tasks().stream()
                .filter(t -> project.isEmpty() || project.get().id().equals(t.projectId()))
                .filter(filter)
                .sorted(Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Task::title))
                .map(t -> "“" + t.title() + "” (" + context.index().projectLabel(t.projectId()) + ")"
                        + (t.due() == null ? "" : " — due " + DAY.format(t.due()))
                        + (t.owner() == null ? "" : ", " + t.owner()))
                .toList();
        return new Answer(title, lines.isEmpty() ? List.of(none) : limit(lines));
    }

    private static Answer milestones(Optional<Project> project, String scope, AgentContext context) {
        List<String> lines = new ArrayList<>();
        for (Project p : context.index().openProjects()) {
            if (project.isPresent() && !project.get().id().equals(p.id())) {
                continue;
            }
            for (Milestone m : context.index().milestonesOf(p.id())) {
                if (!WorkspaceIndex.isOpen(m)) {
                    continue;
                }
                if (m.isPastDue(context.today())) {
                    lines.add(p.code() + " milestone “" + m.name() + "” — overdue since " + DAY.format(m.due()));
                } else if (m.slipDays() > 0) {
                    lines.add(p.code() + " milestone “" + m.name() + "” — slips " + m.slipDays() + " days, due "
                            + DAY.format(m.due()));
                }
            }
        }
        return new Answer("Milestones overdue or slipping" + scope,
                lines.isEmpty() ? List.of("No milestone is overdue or slipping" + scope + ".") : limit(lines));
    }

    private static Answer budget(Optional<Project> project, String scope, AgentContext context) {
        List<String> lines = new ArrayList<>();
        for (Project p : context.index().openProjects()) {
            if (project.isPresent() && !project.get().id().equals(p.id())) {
                continue;
            }
            for (BudgetAlert alert : context.budgetAlerts(p)) {
                lines.add(p.code() + " " + alert.severity().name().toLowerCase(Locale.ROOT) + ": " + alert.message());
            }
        }
        return new Answer("Budget alerts" + scope, lines.isEmpty() ? List.of("No budget alerts" + scope + ".")
                : limit(lines));
    }

    private static Answer people(Optional<Project> project, String scope, AgentContext context) {
        List<String> lines = context.workspace().stakeholders().stream()
                .filter(s -> project.isEmpty() || s.projectId().equals(project.get().id()))
                .filter(s -> s.isDueForUpdate(context.today()))
                .sorted(Comparator.comparingInt(Stakeholder::influence).reversed().thenComparing(Stakeholder::name))
                .map(s -> s.name() + " (" + context.index().projectLabel(s.projectId()) + "), influence "
                        + s.influence() + ", last contact "
                        + (s.lastContact() == null ? "never" : DAY.format(s.lastContact())))
                .toList();
        return new Answer("Due an update" + scope, lines.isEmpty() ? List.of("Nobody is due an update" + scope + ".")
                : limit(lines));
    }

    private static Optional<Project> projectIn(String question, WorkspaceIndex index) {
        Matcher words = WORD.matcher(question);
        while (words.find()) {
            String word = words.group();
            if (word.equals(word.toUpperCase(Locale.ROOT))) {
                Optional<Project> project = index.projectByCode(word);
                if (project.isPresent()) {
                    return project;
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> limit(List<String> lines) {
        if (lines.size() <= LIMIT) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, LIMIT));
        shown.add("… and " + (lines.size() - LIMIT) + " more");
        return shown;
    }

    /** An answer: a heading and its lines, produced by "rules". */
    public record Answer(String title, List<String> lines, boolean understood) {

        public Answer(String title, List<String> lines) {
            this(title, lines, true);
        }

        public Answer {
            lines = List.copyOf(lines);
        }

        static Answer notUnderstood() {
            return new Answer("I can answer these without a language model", EXAMPLES, false);
        }

        /** The answer as Markdown, as the chat shows and stores it. */
        public String markdown() {
            StringBuilder text = new StringBuilder("**").append(title).append("**\n\n");
            lines.forEach(line -> text.append("- ").append(line).append('\n'));
            return text.toString().strip();
        }
    }
}
