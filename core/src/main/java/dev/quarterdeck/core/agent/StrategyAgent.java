package dev.quarterdeck.core.agent;

import static dev.quarterdeck.core.agent.Texts.quote;

import dev.quarterdeck.core.milestone.Milestone;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.task.Task;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Progress against milestones and objectives. For every open milestone of an open project that is in trouble —
 * overdue, slipping (due later than its baseline), or at risk (it depends on an open task due after it) — the first
 * {@value #PATH_HEAD} open tasks of its critical path ({@link WorkspaceIndex#criticalPath}) are what holds it up now;
 * each gets one CHANGE_PRIORITY proposal to flag it important, naming every troubled milestone it holds up. The
 * rationale names the milestone's dates, the path, the project's health and the objective the milestone serves (the
 * objective sharing most words with the milestone).
 *
 * <p>Confidence by the worst trouble: overdue 0.8, slipping 0.65, at risk 0.55.
 */
public final class StrategyAgent implements Agent {

    public static final String NAME = "strategy";
    static final int PATH_HEAD = 3;

    @Override
    public String name() {
        return NAME;
    }

    private enum Trouble {
        OVERDUE(0.8), SLIPPING(0.65), AT_RISK(0.55);

        final double confidence;

        Trouble(double confidence) {
            this.confidence = confidence;
        }
    }

    private record Holdup(Milestone milestone, Trouble trouble, List<UUID> path) {
    }

    @Override
    public List<Proposal> run(AgentContext context) {
        WorkspaceIndex index = context.index();
        Map<UUID, List<Holdup>> holdups = new LinkedHashMap<>();
        for (Project project : index.openProjects()) {
            for (Milestone milestone : index.milestonesOf(project.id())) {
                Optional<Trouble> trouble = trouble(milestone, context);
                if (trouble.isEmpty()) {
                    continue;
                }
                List<UUID> path = index.criticalPath(milestone);
                for (UUID taskId : path.subList(0, Math.min(PATH_HEAD, path.size()))) {
                    holdups.computeIfAbsent(taskId, k -> new ArrayList<>())
                            .add(new Holdup(milestone, trouble.get(), path));
                }
            }
        }
        List<Proposal> proposals = new ArrayList<>();
        holdups.forEach((taskId, list) -> index.task(taskId).filter(task -> !context.preferences().isFlagged(task.id()))
                .ifPresent(task -> proposals.add(proposal(task, list, context))));
        return proposals;
    }

    private static Optional<Trouble> trouble(Milestone milestone, AgentContext context) {
        if (!WorkspaceIndex.isOpen(milestone)) {
            return Optional.empty();
        }
        if (milestone.isPastDue(context.today())) {
            return Optional.of(Trouble.OVERDUE);
        }
        if (milestone.slipDays() > 0) {
            return Optional.of(Trouble.SLIPPING);
        }
        boolean lateTask = context.index().taskIdsOf(milestone).stream()
                .map(id -> context.index().task(id).orElse(null))
                .anyMatch(t -> t != null && t.isOpen() && t.due() != null && t.due().isAfter(milestone.due()));
        return lateTask ? Optional.of(Trouble.AT_RISK) : Optional.empty();
    }

    private static Proposal proposal(Task task, List<Holdup> holdups, AgentContext context) {
        WorkspaceIndex index = context.index();
        String code = index.projectLabel(task.projectId());
        String milestones = holdups.stream().map(h -> h.milestone().name()).collect(Collectors.joining(", "));
        StringBuilder rationale = new StringBuilder();
        Set<Project> projects = new LinkedHashSet<>();
        for (Holdup holdup : holdups) {
            Milestone milestone = holdup.milestone();
            Project project = index.project(milestone.projectId()).orElseThrow();
            projects.add(project);
            rationale.append("Milestone ").append(quote(milestone.name())).append(" (").append(project.code())
                    .append(") ").append(describe(holdup.trouble(), milestone, context)).append(". Its critical path: ")
                    .append(holdup.path().stream().map(id -> index.task(id).map(Task::title).orElse(id.toString()))
                            .collect(Collectors.joining(" \u2192 ")))
                    .append("; this task is step ").append(holdup.path().indexOf(task.id()) + 1).append(" of ")
                    .append(holdup.path().size()).append(". ");
            relatedObjective(milestone, project).ifPresent(objective -> rationale.append("Objective at risk: ")
                    .append(quote(objective)).append(". "));
        }
        projects.forEach(project -> rationale.append(project.code()).append(" health: ")
                .append(context.health(project).summary()).append(". "));
        double confidence = holdups.stream().mapToDouble(h -> h.trouble().confidence).max().orElse(0.5);
        List<UUID> milestoneIds = holdups.stream().map(h -> h.milestone().id()).toList();
        return Proposals.pending(context, NAME, task.id(),
                "Flag " + quote(task.title()) + " (" + code + ") as important: it holds up " + milestones + ".",
                rationale.toString().strip(), confidence,
                new ProposalPayload.ChangePriority(task.id(), true, milestoneIds));
    }

    private static String describe(Trouble trouble, Milestone milestone, AgentContext context) {
        return switch (trouble) {
            case OVERDUE -> "is " + Texts.plural(ChronoUnit.DAYS.between(milestone.due(), context.today()), "day")
                    + " overdue (due " + Texts.day(milestone.due()) + ", baseline " + Texts.day(milestone.baselineDue())
                    + ")";
            case SLIPPING -> "slips " + Texts.plural(milestone.slipDays(), "day") + " (due "
                    + Texts.day(milestone.due())
                    + ", baseline " + Texts.day(milestone.baselineDue()) + ")";
            case AT_RISK -> "is at risk: it depends on an open task due after " + Texts.day(milestone.due());
        };
    }

    /** The project objective that shares most significant words with the milestone, if any shares one. */
    static Optional<String> relatedObjective(Milestone milestone, Project project) {
        Set<String> words = Words.of(milestone.name(), milestone.description());
        return project.objectives().stream()
                .filter(o -> Words.shared(words, Words.of(o)) > 0)
                .max(Comparator.comparingLong((String o) -> Words.shared(words, Words.of(o)))
                        .thenComparing(Comparator.comparingInt(project.objectives()::indexOf).reversed()));
    }
}
