package dev.quarterdeck.app.inbox;

import dev.quarterdeck.core.agent.PreferenceModel;
import dev.quarterdeck.core.agent.Proposal;
import dev.quarterdeck.core.agent.ProposalPayload;
import dev.quarterdeck.core.agent.ProposalPayloads;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskBand;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.store.StoreReader;
import dev.quarterdeck.core.task.Task;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The before → after lines of a proposal, read from the store as it is now: what the record looks like and what
 * approving would make of it. A payload that cannot be read says so instead of a preview (it can only be rejected).
 */
public record ProposalPreview(String before, String after, boolean valid) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    public static ProposalPreview of(Proposal proposal, StoreReader store) {
        ProposalPayload payload;
        try {
            payload = ProposalPayloads.read(proposal);
        } catch (IllegalArgumentException e) {
            return new ProposalPreview("The payload cannot be read", e.getMessage(), false);
        }
        return switch (payload.kind()) {
            case CREATE_TASK -> createTask((ProposalPayload.CreateTask) payload, store);
            case CHANGE_HORIZON -> {
                var p = (ProposalPayload.ChangeHorizon) payload;
                String title = taskTitle(store, p.taskId());
                yield new ProposalPreview(title + " · " + lane(p.from()), title + " · " + lane(p.to()), true);
            }
            case CHANGE_PRIORITY -> {
                var p = (ProposalPayload.ChangePriority) payload;
                String title = taskTitle(store, p.taskId());
                boolean flagged = store.preferences().find(PreferenceModel.FLAGGED_PREFIX + p.taskId())
                        .map(pref -> "true".equals(pref.value())).orElse(false);
                yield new ProposalPreview(title + (flagged ? " · flagged important" : " · not flagged"),
                        title + (p.flagged() ? " · flagged important (+15 score)" : " · not flagged"), true);
            }
            case LINK_TASKS -> {
                var p = (ProposalPayload.LinkTasks) payload;
                String from = store.tasks().find(p.fromTaskId()).map(t -> quote(t.title()))
                        .orElse("the task it proposes to create");
                yield new ProposalPreview("No link", from + " " + p.linkKind().name().toLowerCase(Locale.ROOT) + " "
                        + taskTitle(store, p.toTaskId()), true);
            }
            case ASSIGN_PROJECT -> {
                var p = (ProposalPayload.AssignProject) payload;
                Optional<Task> task = store.tasks().find(p.taskId());
                String title = task.map(t -> quote(t.title())).orElse("(task gone)");
                String from = task.map(Task::projectId).map(id -> projectCode(store, id)).orElse("Inbox");
                yield new ProposalPreview(title + " in " + from, title + " in " + projectCode(store, p.projectId()),
                        true);
            }
            case ADD_RISK -> {
                var p = (ProposalPayload.AddRisk) payload;
                int size = store.risks().listByProject(p.projectId()).size();
                yield new ProposalPreview(projectCode(store, p.projectId()) + " register: " + size
                        + (size == 1 ? " risk" : " risks"),
                        "+ " + quote(p.title()) + " · " + rating(p.likelihood(), p.impact())
                                + (p.owner() == null ? "" : " · owner " + p.owner()), true);
            }
            case UPDATE_RISK -> {
                var p = (ProposalPayload.UpdateRisk) payload;
                Optional<Risk> risk = store.risks().find(p.riskId());
                String name = risk.map(r -> r.key() + " " + quote(r.title())).orElse("(risk gone)");
                String review = risk.map(Risk::nextReview).map(ProposalPreview::day).orElse("no review date");
                yield new ProposalPreview(name + " · " + rating(p.likelihoodFrom(), p.impactFrom()) + " · review "
                        + review, rating(p.likelihood(), p.impact()) + " · review "
                        + (p.nextReview() == null ? review : day(p.nextReview())), true);
            }
            case DRAFT_MESSAGE -> {
                var p = (ProposalPayload.DraftMessage) payload;
                Optional<Stakeholder> s = store.stakeholders().find(p.stakeholderId());
                String last = s.map(Stakeholder::lastContact).map(ProposalPreview::day).orElse("never");
                yield new ProposalPreview(s.map(Stakeholder::name).orElse("(stakeholder gone)") + " · last contact "
                        + last, "To " + (p.to() == null ? "(no address)" : p.to()) + " · “" + p.subject() + "”\n"
                        + p.body(), true);
            }
        };
    }

    private static ProposalPreview createTask(ProposalPayload.CreateTask p, StoreReader store) {
        StringBuilder after = new StringBuilder("New task ").append(quote(p.title())).append(" · ")
                .append(p.projectId() == null ? "Inbox" : projectCode(store, p.projectId())).append(" · ")
                .append(lane(p.horizon()));
        if (p.due() != null) {
            after.append(" · due ").append(day(p.due()));
        }
        if (p.estimateMinutes() != null) {
            after.append(" · ").append(p.estimateMinutes()).append(" min");
        }
        return new ProposalPreview("No task" + (p.sourceItemId() == null ? "" : " for this item"), after.toString(),
                true);
    }

    static String lane(dev.quarterdeck.core.task.Horizon horizon) {
        return switch (horizon) {
            case TODAY -> "Today";
            case WEEK -> "This week";
            case MONTH -> "This month";
            case LATER -> "Later";
        };
    }

    private static String rating(int likelihood, int impact) {
        int score = likelihood * impact;
        return likelihood + "×" + impact + " = " + score + " (" + RiskBand.of(score).label().toLowerCase(Locale.ROOT)
                + ")";
    }

    private static String taskTitle(StoreReader store, UUID id) {
        return store.tasks().find(id).map(t -> quote(t.title())).orElse("(task gone)");
    }

    private static String projectCode(StoreReader store, UUID id) {
        return store.projects().find(id).map(Project::code).orElse("(project gone)");
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static String quote(String text) {
        return "“" + text + "”";
    }
}
