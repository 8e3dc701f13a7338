package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.Texts.quote;

import dev.quarterdeck.core.budget.BudgetAlert;
import dev.quarterdeck.core.budget.BudgetLine;
import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Priority;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Risks that the records show but the register may not. Three kinds of evidence, per open project:
 * <ul>
 * <li><b>Overdue milestone</b> — open and past its due date: likelihood 4 (5 when more than 7 days overdue),
 * impact 4 for a high or critical project, else 3.</li>
 * <li><b>Budget alerts</b> ({@link dev.quarterdeck.core.budget.VarianceAlerts}), one piece of evidence for all of a
 * project's alerts, rated by the worst: total over plan 5 × 4, forecast over budget 4 × 3, low CPI 3 × 3, a line over
 * plan 3 × 2.</li>
 * <li><b>Blocked critical path</b> — a waiting task on the critical path of an open milestone: likelihood 4 when
 * the milestone is overdue or slipping, else 3; impact 4 for a high or critical project, else 3.</li>
 * </ul>
 * Each piece of evidence is matched against the project's active risks. A milestone or task matches a risk whose
 * text names the milestone, or that shares at least two significant words and at least half of the smaller set of
 * words with the evidence (title and description, or task title and notes). Budget evidence matches a risk in a
 * budget or cost category, or whose text speaks of budget, cost, overspend or overrun. The best match is the one
 * sharing most words, then the higher score, then the lower key.
 *
 * <p>Evidence without a match becomes an ADD_RISK; a matched risk whose likelihood is below what its evidence
 * implies gets one UPDATE_RISK raising it (impact kept), naming all its evidence. A risk already rated at or above
 * the evidence gets nothing, so approved proposals are not proposed again.
 */
public final class RiskAgent implements Agent {

    public static final String NAME = "risk";
    static final int REVIEW_IN_DAYS = 7;
    private static final Set<String> BUDGET_CATEGORIES = Set.of("budget", "cost", "costs", "finance", "financial");
    private static final Set<String> BUDGET_WORDS = Set.of("budget", "cost", "overspend", "overrun", "spend");

    @Override
    public String name() {
        return NAME;
    }

    private enum Basis {
        MILESTONE, BUDGET, BLOCKED_TASK
    }

    /** What the records show, rated as a risk would be. {@code naming} is a text a matching risk may contain. */
    private record Evidence(Basis basis, String title, String description, String category, int likelihood,
            int impact, String mitigation, Set<String> words, String naming, String because, double confidence) {
    }

    @Override
    public List<Proposal> run(AgentContext context) {
        List<Proposal> proposals = new ArrayList<>();
        for (Project project : context.index().openProjects()) {
            List<Evidence> evidence = new ArrayList<>();
            evidence.addAll(overdueMilestones(project, context));
            budget(project, context).ifPresent(evidence::add);
            evidence.addAll(blockedCriticalPath(project, context));

            Map<Risk, List<Evidence>> matched = new LinkedHashMap<>();
            List<Evidence> unmatched = new ArrayList<>();
            List<Risk> active = context.index().risksOf(project.id()).stream().filter(r -> r.status().isActive())
                    .sorted(Comparator.comparing(Risk::key)).toList();
            for (Evidence e : evidence) {
                Optional<Risk> risk = match(e, active);
                if (risk.isPresent()) {
                    matched.computeIfAbsent(risk.get(), k -> new ArrayList<>()).add(e);
                } else {
                    unmatched.add(e);
                }
            }
            for (Evidence e : unmatched) {
                proposals.add(addRisk(project, e, context));
            }
            matched.forEach((risk, list) -> update(project, risk, list, context).ifPresent(proposals::add));
        }
        return proposals;
    }

    // ---- evidence

    private static List<Evidence> overdueMilestones(Project project, AgentContext context) {
        LocalDate today = context.today();
        List<Evidence> evidence = new ArrayList<>();
        for (Milestone milestone : context.index().milestonesOf(project.id())) {
            if (!milestone.isPastDue(today)) {
                continue;
            }
            long late = ChronoUnit.DAYS.between(milestone.due(), today);
            List<String> path = titles(context.index().criticalPath(milestone), context);
            List<String> later = context.index().milestonesOf(project.id()).stream()
                    .filter(m -> WorkspaceIndex.isOpen(m) && m.due().isAfter(milestone.due()))
                    .map(m -> m.name() + " (due " + Texts.day(m.due()) + ")").toList();
            String description = milestone.name() + " was due " + Texts.day(milestone.due()) + " (baseline "
                    + Texts.day(milestone.baselineDue()) + ") and is " + Texts.plural(late, "day") + " overdue."
                    + (path.isEmpty() ? "" : " Still open on its critical path: " + String.join(" \u2192 ", path) + ".")
                    + (later.isEmpty() ? "" : " Later milestones that may move with it: " + String.join(", ", later)
                            + ".");
            String mitigation = (path.isEmpty() ? "Find out what is left" : "Unblock " + quote(path.get(0)))
                    + " and agree a new date for " + milestone.name()
                    + (project.sponsor() == null ? "" : " with " + project.sponsor()) + ".";
            evidence.add(new Evidence(Basis.MILESTONE, Proposals.clip("Overdue milestone " + milestone.name()
                    + " delays what follows", 200), description, "Schedule", late > 7 ? 5 : 4, weighty(project) ? 4 : 3,
                    mitigation, Words.of(milestone.name(), milestone.description()), milestone.name(),
                    "milestone " + quote(milestone.name()) + " is " + Texts.plural(late, "day") + " overdue (due "
                            + Texts.day(milestone.due()) + ")", 0.75));
        }
        return evidence;
    }

    private static Optional<Evidence> budget(Project project, AgentContext context) {
        List<BudgetAlert> alerts = context.budgetAlerts(project);
        if (alerts.isEmpty()) {
            return Optional.empty();
        }
        int likelihood = 0;
        int impact = 0;
        for (BudgetAlert alert : alerts) {
            likelihood = Math.max(likelihood, switch (alert.kind()) {
                case TOTAL_OVER_PLAN -> 5;
                case FORECAST_OVER_BUDGET -> 4;
                case LOW_CPI, LINE_OVER_PLAN -> 3;
            });
            impact = Math.max(impact, switch (alert.kind()) {
                case TOTAL_OVER_PLAN -> 4;
                case FORECAST_OVER_BUDGET, LOW_CPI -> 3;
                case LINE_OVER_PLAN -> 2;
            });
        }
        BudgetAlert worst = alerts.stream().min(Comparator.comparing(BudgetAlert::kind)).orElseThrow();
        String title = switch (worst.kind()) {
            case TOTAL_OVER_PLAN -> project.name() + " spend over budget";
            case FORECAST_OVER_BUDGET -> project.name() + " forecast to finish over budget";
            case LOW_CPI -> project.name() + " spending faster than work is done";
            case LINE_OVER_PLAN -> lineCategory(worst, context) + " over its budget line on " + project.code();
        };
        String messages = alerts.stream().map(BudgetAlert::message).collect(Collectors.joining("; "));
        boolean critical = alerts.stream().anyMatch(a -> a.severity() == BudgetAlert.Severity.CRITICAL);
        return Optional.of(new Evidence(Basis.BUDGET, Proposals.clip(title, 200), "Budget alerts: " + messages + ".",
                "Budget", likelihood, impact,
                "Review the forecast with " + (project.sponsor() == null ? "the sponsor" : project.sponsor())
                        + "; agree scope cuts or a budget change before more is committed.",
                Words.of(title), null, Texts.plural(alerts.size(), "budget alert") + " on " + quote(project.name())
                        + " ("
                        + messages + ")",
                critical ? 0.8 : 0.6));
    }

    private static List<Evidence> blockedCriticalPath(Project project, AgentContext context) {
        List<Evidence> evidence = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (Milestone milestone : context.index().milestonesOf(project.id())) {
            if (!WorkspaceIndex.isOpen(milestone)) {
                continue;
            }
            boolean troubled = milestone.isPastDue(context.today()) || milestone.slipDays() > 0;
            for (UUID taskId : context.index().criticalPath(milestone)) {
                Task task = context.index().task(taskId).orElse(null);
                if (task == null || task.status() != TaskStatus.WAITING || !seen.add(taskId)) {
                    continue;
                }
                String who = task.owner() == null ? "" : " (" + task.owner() + ")";
                evidence.add(new Evidence(Basis.BLOCKED_TASK,
                        Proposals.clip(task.title() + " is waiting and holds up " + milestone.name(), 200),
                        quote(task.title()) + who + " is waiting" + (task.notes().isBlank() ? "" : ": "
                                + task.notes().strip()) + " It is on the critical path of " + milestone.name()
                                + " (due " + Texts.day(milestone.due()) + ").",
                        "Schedule", troubled ? 4 : 3, weighty(project) ? 4 : 3,
                        "Chase " + (task.owner() == null ? "whoever it waits for" : task.owner()) + " on "
                                + quote(task.title()) + "; plan what can go ahead without it.",
                        Words.of(task.title(), task.notes()), null,
                        "waiting task " + quote(task.title()) + " is on the critical path of "
                                + quote(milestone.name()) + (troubled ? ", which is slipping" : ""), 0.6));
            }
        }
        return evidence;
    }

    // ---- matching

    private static Optional<Risk> match(Evidence evidence, List<Risk> active) {
        Risk best = null;
        long bestShared = -1;
        for (Risk risk : active) {
            Set<String> riskWords = Words.of(risk.title(), risk.description());
            long shared = Words.shared(evidence.words(), riskWords);
            boolean matches = evidence.basis() == Basis.BUDGET ? isAboutBudget(risk, riskWords)
                    : names(risk, evidence.naming()) || (shared >= 2
                            && shared * 2 >= Math.min(evidence.words().size(), riskWords.size()));
            if (matches && (shared > bestShared || (shared == bestShared && risk.score() > best.score()))) {
                best = risk;
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean names(Risk risk, String naming) {
        if (naming == null) {
            return false;
        }
        String needle = naming.toLowerCase(Locale.ROOT);
        return risk.title().toLowerCase(Locale.ROOT).contains(needle)
                || risk.description().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static boolean isAboutBudget(Risk risk, Set<String> riskWords) {
        return (risk.category() != null && BUDGET_CATEGORIES.contains(risk.category().toLowerCase(Locale.ROOT)))
                || riskWords.stream().anyMatch(BUDGET_WORDS::contains);
    }

    // ---- proposals

    private static Proposal addRisk(Project project, Evidence e, AgentContext context) {
        String band = RiskBand.of(e.likelihood() * e.impact()).label().toLowerCase(Locale.ROOT);
        return Proposals.pending(context, NAME, project.id(),
                "Add risk " + quote(e.title()) + " to " + project.code() + " (likelihood " + e.likelihood()
                        + " \u00d7 impact " + e.impact() + ", " + band + ").",
                Texts.capitalise(e.because()) + ", and no active risk of " + project.code() + " covers it. "
                        + e.description(),
                e.confidence(),
                new ProposalPayload.AddRisk(project.id(), e.title(), e.description(), e.category(), e.likelihood(),
                        e.impact(), project.owner(), e.mitigation(), context.today().plusDays(REVIEW_IN_DAYS)));
    }

    private static Optional<Proposal> update(Project project, Risk risk, List<Evidence> evidence,
            AgentContext context) {
        int implied = evidence.stream().mapToInt(Evidence::likelihood).max().orElse(0);
        if (implied <= risk.likelihood()) {
            return Optional.empty();
        }
        LocalDate reviewBy = context.today().plusDays(REVIEW_IN_DAYS);
        LocalDate current = risk.nextReview();
        boolean keepCurrent = current != null && !current.isBefore(context.today()) && !current.isAfter(reviewBy);
        LocalDate nextReview = keepCurrent ? current : reviewBy;
        String because = evidence.stream().map(Evidence::because).collect(Collectors.joining("; "));
        double confidence = Math.min(0.9, evidence.stream().mapToDouble(Evidence::confidence).max().orElse(0.5)
                + 0.05 * (evidence.size() - 1));
        return Optional.of(Proposals.pending(context, NAME, risk.id(),
                "Raise the likelihood of " + risk.key() + " " + quote(risk.title()) + " (" + project.code()
                        + ") from " + risk.likelihood() + " to " + implied + ".",
                risk.key() + " " + quote(risk.title()) + " (" + project.code() + ") is rated " + risk.likelihood()
                        + " \u00d7 " + risk.impact() + " = " + risk.score() + ", but " + because + ". Likelihood "
                        + implied + " makes it " + implied * risk.impact() + " ("
                        + RiskBand.of(implied * risk.impact()).label().toLowerCase(Locale.ROOT) + ").",
                confidence,
                new ProposalPayload.UpdateRisk(risk.id(), risk.likelihood(), implied, risk.impact(), risk.impact(),
                        nextReview)));
    }

    private static boolean weighty(Project project) {
        return project.priority() == Priority.HIGH || project.priority() == Priority.CRITICAL;
    }

    private static List<String> titles(List<UUID> taskIds, AgentContext context) {
        return taskIds.stream().map(id -> context.index().task(id).map(Task::title).orElse(id.toString())).toList();
    }

    private static String lineCategory(BudgetAlert alert, AgentContext context) {
        return context.workspace().budgetLines().stream().filter(l -> l.id().equals(alert.budgetLineId()))
                .map(BudgetLine::category).findFirst().orElse("A budget line");
    }
}
