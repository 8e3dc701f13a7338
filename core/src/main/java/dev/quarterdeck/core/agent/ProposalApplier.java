package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.agent.ProposalPayload.AddRisk;
import dev.quarterdeck.core.agent.ProposalPayload.AssignProject;
import dev.quarterdeck.core.agent.ProposalPayload.ChangeHorizon;
import dev.quarterdeck.core.agent.ProposalPayload.ChangePriority;
import dev.quarterdeck.core.agent.ProposalPayload.CreateTask;
import dev.quarterdeck.core.agent.ProposalPayload.DraftMessage;
import dev.quarterdeck.core.agent.ProposalPayload.LinkTasks;
import dev.quarterdeck.core.agent.ProposalPayload.UpdateRisk;
import dev.quarterdeck.core.ingest.SourceItem;
import dev.quarterdeck.core.project.Project;
import dev.quarterdeck.core.risk.Risk;
import dev.quarterdeck.core.risk.RiskStatus;
import dev.quarterdeck.core.stakeholder.Stakeholder;
import dev.quarterdeck.core.store.AuditDao;
import dev.quarterdeck.core.store.StoreTransaction;
import dev.quarterdeck.core.task.LinkOrigin;
import dev.quarterdeck.core.task.Task;
import dev.quarterdeck.core.task.TaskLink;
import dev.quarterdeck.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes what one proposal's payload asks for, inside the executor's transaction, following the contract in
 * {@code docs/proposals.md}. Refuses with {@link ProposalRefused} when the workspace no longer matches what the agent
 * saw (the task left the horizon, the risk was re-rated, a record is gone).
 */
final class ProposalApplier {

    /** The preference that marks a task important until {@code Task} has a field for it (see proposals.md). */
    static final String FLAG_PREFIX = PreferenceModel.FLAGGED_PREFIX;

    private final StoreTransaction tx;
    private final Instant now;
    private final LocalDate today;

    ProposalApplier(StoreTransaction tx, Instant now, LocalDate today) {
        this.tx = tx;
        this.now = now;
        this.today = today;
    }

    /** Applies the payload and returns a one-line account of what changed. */
    String apply(Proposal proposal, ProposalPayload payload) {
        return switch (payload.kind()) {
            case CREATE_TASK -> createTask((CreateTask) payload);
            case CHANGE_HORIZON -> changeHorizon((ChangeHorizon) payload);
            case CHANGE_PRIORITY -> flag((ChangePriority) payload);
            case LINK_TASKS -> link(proposal, (LinkTasks) payload);
            case ASSIGN_PROJECT -> assign((AssignProject) payload);
            case ADD_RISK -> addRisk(proposal, (AddRisk) payload);
            case UPDATE_RISK -> updateRisk((UpdateRisk) payload);
            case DRAFT_MESSAGE -> recordContact((DraftMessage) payload);
        };
    }

    /** The records {@link #apply} writes for this proposal, in the order it writes them. */
    static List<ChangedRecord> changedRecords(Proposal proposal, ProposalPayload payload) {
        return switch (payload.kind()) {
            case CREATE_TASK -> {
                CreateTask p = (CreateTask) payload;
                yield p.sourceItemId() == null ? List.of(task(p.taskId()))
                        : List.of(task(p.taskId()), new ChangedRecord("SourceItem", p.sourceItemId()));
            }
            case CHANGE_HORIZON -> List.of(task(((ChangeHorizon) payload).taskId()));
            case CHANGE_PRIORITY -> List.of(new ChangedRecord("Preference",
                    AuditDao.preferenceEntityId(FLAG_PREFIX + ((ChangePriority) payload).taskId())));
            case LINK_TASKS -> List.of(new ChangedRecord("TaskLink", linkId(proposal)));
            case ASSIGN_PROJECT -> List.of(task(((AssignProject) payload).taskId()));
            case ADD_RISK -> List.of(new ChangedRecord("Risk", riskId(proposal)));
            case UPDATE_RISK -> List.of(new ChangedRecord("Risk", ((UpdateRisk) payload).riskId()));
            case DRAFT_MESSAGE -> List.of(new ChangedRecord("Stakeholder", ((DraftMessage) payload).stakeholderId()));
        };
    }

    static UUID linkId(Proposal proposal) {
        return Proposals.derivedId("executor-link", proposal.id());
    }

    static UUID riskId(Proposal proposal) {
        return Proposals.derivedId("executor-risk", proposal.id());
    }

    private static ChangedRecord task(UUID id) {
        return new ChangedRecord("Task", id);
    }

    private String createTask(CreateTask p) {
        if (tx.tasks().find(p.taskId()).isPresent()) {
            throw new ProposalRefused("This task was already created");
        }
        String projectName = "the inbox";
        if (p.projectId() != null) {
            projectName = requireProject(p.projectId()).code();
        }
        Task task;
        try {
            task = new Task(p.taskId(), p.projectId(), p.title(), p.notes(), TaskStatus.TODO, p.horizon(), false,
                    p.due(), p.estimateMinutes() == null ? null : Duration.ofMinutes(p.estimateMinutes()), null, 0,
                    p.sourceKind(), p.sourceRef(), p.sourceUrl(), now, now, null, 0);
        } catch (IllegalArgumentException e) {
            throw new ProposalRefused("The task cannot be created: " + e.getMessage(), e);
        }
        tx.insert(task);
        if (p.sourceItemId() != null) {
            SourceItem item = tx.sourceItems().findById(p.sourceItemId())
                    .orElseThrow(() -> new ProposalRefused("The item this task comes from is gone"));
            if (item.taskId() != null) {
                throw new ProposalRefused("“" + item.title() + "” already has a task");
            }
            tx.update(withTask(item, task.id()));
        }
        return "Created task “" + task.title() + "” in " + projectName + " (" + task.horizon() + ")";
    }

    private String changeHorizon(ChangeHorizon p) {
        Task task = requireTask(p.taskId());
        if (task.horizon() != p.from()) {
            throw new ProposalRefused("“" + task.title() + "” is no longer in " + p.from() + " (now " + task.horizon()
                    + ")");
        }
        if (task.horizonPinned()) {
            throw new ProposalRefused("You pinned “" + task.title() + "” to " + task.horizon());
        }
        if (!task.isOpen()) {
            throw new ProposalRefused("“" + task.title() + "” is already " + task.status());
        }
        tx.update(task.withHorizon(p.to(), false, now));
        return "Moved “" + task.title() + "” from " + p.from() + " to " + p.to();
    }

    private String flag(ChangePriority p) {
        Task task = requireTask(p.taskId());
        String key = FLAG_PREFIX + task.id();
        tx.put(new Preference(key, Boolean.toString(p.flagged()), now));
        return (p.flagged() ? "Flagged “" : "Unflagged “") + task.title() + "” as important";
    }

    private String link(Proposal proposal, LinkTasks p) {
        Task from = tx.tasks().find(p.fromTaskId()).orElseThrow(() -> new ProposalRefused(
                "The task to link from does not exist yet: approve the proposal that creates it first"));
        Task to = requireTask(p.toTaskId());
        boolean exists = tx.links().listForTask(from.id()).stream()
                .anyMatch(l -> l.fromTaskId().equals(from.id()) && l.toTaskId().equals(to.id()) && l.kind() == p.linkKind());
        if (exists) {
            throw new ProposalRefused("“" + from.title() + "” is already linked to “" + to.title() + "”");
        }
        tx.insert(new TaskLink(linkId(proposal), from.id(), to.id(), p.linkKind(), LinkOrigin.AGENT, now));
        return "Linked “" + from.title() + "” " + p.linkKind() + " “" + to.title() + "”";
    }

    private String assign(AssignProject p) {
        Task task = requireTask(p.taskId());
        Project project = requireProject(p.projectId());
        if (project.id().equals(task.projectId())) {
            throw new ProposalRefused("“" + task.title() + "” is already in " + project.code());
        }
        tx.update(new Task(task.id(), project.id(), task.title(), task.notes(), task.status(), task.horizon(),
                task.horizonPinned(), task.due(), task.estimate(), task.owner(), task.score(), task.sourceKind(),
                task.sourceRef(), task.sourceUrl(), task.createdAt(), now, task.completedAt(), task.version()));
        return "Filed “" + task.title() + "” under " + project.code();
    }

    private String addRisk(Proposal proposal, AddRisk p) {
        Project project = requireProject(p.projectId());
        List<Risk> register = tx.risks().listByProject(project.id());
        int next = register.stream().mapToInt(r -> Integer.parseInt(r.key().substring(2))).max().orElse(0) + 1;
        String key = String.format("R-%03d", next);
        Risk risk = new Risk(riskId(proposal), project.id(), key, p.title(), p.description(), p.category(),
                p.likelihood(), p.impact(), p.owner(), p.mitigation(), "", RiskStatus.OPEN, today, p.nextReview(), null,
                now, 0);
        tx.insert(risk);
        return "Added " + project.code() + " " + key + " “" + risk.title() + "” (" + p.likelihood() + "×" + p.impact()
                + ")";
    }

    private String updateRisk(UpdateRisk p) {
        Risk risk = tx.risks().find(p.riskId()).orElseThrow(() -> new ProposalRefused("The risk is gone"));
        if (risk.likelihood() != p.likelihoodFrom() || risk.impact() != p.impactFrom()) {
            throw new ProposalRefused(risk.key() + " is now rated " + risk.likelihood() + "×" + risk.impact()
                    + ", not " + p.likelihoodFrom() + "×" + p.impactFrom());
        }
        tx.update(new Risk(risk.id(), risk.projectId(), risk.key(), risk.title(), risk.description(), risk.category(),
                p.likelihood(), p.impact(), risk.owner(), risk.mitigation(), risk.contingency(), risk.status(),
                risk.identified(), p.nextReview() != null ? p.nextReview() : risk.nextReview(), risk.closed(), now,
                risk.version()));
        return "Re-rated " + risk.key() + " “" + risk.title() + "” from " + p.likelihoodFrom() + "×" + p.impactFrom()
                + " to " + p.likelihood() + "×" + p.impact();
    }

    private String recordContact(DraftMessage p) {
        Stakeholder s = tx.stakeholders().find(p.stakeholderId())
                .orElseThrow(() -> new ProposalRefused("The stakeholder is gone"));
        tx.update(new Stakeholder(s.id(), s.projectId(), s.name(), s.role(), s.organisation(), s.email(), s.influence(),
                s.interest(), s.cadence(), today, now, s.version()));
        return "Recorded an update to " + s.name() + " on " + today + " (“" + p.subject() + "”)";
    }

    private Task requireTask(UUID id) {
        return tx.tasks().find(id).orElseThrow(() -> new ProposalRefused("The task is gone"));
    }

    private Project requireProject(UUID id) {
        return tx.projects().find(id).orElseThrow(() -> new ProposalRefused("The project is gone"));
    }

    private static SourceItem withTask(SourceItem s, UUID taskId) {
        return new SourceItem(s.id(), s.kind(), s.ref(), s.title(), s.snippet(), s.senderAddress(), s.senderName(),
                s.createdAt(), s.due(), s.threadId(), s.references(), s.url(), s.start(), s.end(), s.projectCode(),
                taskId, s.seenAt());
    }
}
