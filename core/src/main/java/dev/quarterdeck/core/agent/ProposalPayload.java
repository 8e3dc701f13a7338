package dev.quarterdeck.core.agent;

import dev.quarterdeck.core.common.Require;
import dev.quarterdeck.core.task.Horizon;
import dev.quarterdeck.core.task.LinkKind;
import dev.quarterdeck.core.task.SourceKind;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an executor needs to apply a proposal, one record per {@link ProposalKind}; stored as JSON in
 * {@link Proposal#payloadJson()} (see {@link ProposalPayloads} and {@code docs/proposals.md}). Every ID is of a record
 * in the workspace, except {@link CreateTask#taskId()}: the ID the new task is to be created with, so that a
 * {@link LinkTasks} proposal can name it before it exists.
 */
public sealed interface ProposalPayload {

    ProposalKind kind();

    /** Create a task; {@code sourceItemId} is the item it is made from (the executor sets the item's task). */
    record CreateTask(UUID taskId, UUID projectId, String title, String notes, Horizon horizon, LocalDate due,
            Integer estimateMinutes, SourceKind sourceKind, String sourceRef, URI sourceUrl, UUID sourceItemId)
            implements ProposalPayload {

        public CreateTask {
            Require.present(taskId, "taskId");
            title = Require.text(title, "title", 500);
            notes = Require.freeText(notes, "notes", 100_000);
            Require.present(horizon, "horizon");
            if (estimateMinutes != null && estimateMinutes <= 0) {
                throw new IllegalArgumentException("estimateMinutes must be positive, was " + estimateMinutes);
            }
            Require.present(sourceKind, "sourceKind");
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.CREATE_TASK;
        }
    }

    /** Move a task from one horizon to another; the executor refuses when the task is no longer in {@code from}. */
    record ChangeHorizon(UUID taskId, Horizon from, Horizon to) implements ProposalPayload {

        public ChangeHorizon {
            Require.present(taskId, "taskId");
            Require.present(from, "from");
            Require.present(to, "to");
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.CHANGE_HORIZON;
        }
    }

    /**
     * Mark a task important (the prioritiser's "flagged" factor) because it is on the critical path of
     * {@code milestoneIds}.
     */
    record ChangePriority(UUID taskId, boolean flagged, List<UUID> milestoneIds) implements ProposalPayload {

        public ChangePriority {
            Require.present(taskId, "taskId");
            milestoneIds = List.copyOf(Require.present(milestoneIds, "milestoneIds"));
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.CHANGE_PRIORITY;
        }
    }

    /** Add the link "from {@code linkKind} to"; {@code fromTaskId} may be the task of a pending CREATE_TASK. */
    record LinkTasks(UUID fromTaskId, UUID toTaskId, LinkKind linkKind) implements ProposalPayload {

        public LinkTasks {
            Require.present(fromTaskId, "fromTaskId");
            Require.present(toTaskId, "toTaskId");
            Require.present(linkKind, "linkKind");
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.LINK_TASKS;
        }
    }

    /** File a task under a project. No rules agent proposes this yet; the kind exists for the model agents. */
    record AssignProject(UUID taskId, UUID projectId) implements ProposalPayload {

        public AssignProject {
            Require.present(taskId, "taskId");
            Require.present(projectId, "projectId");
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.ASSIGN_PROJECT;
        }
    }

    /** Add a risk to a project's register; the executor gives it the register's next key. */
    record AddRisk(UUID projectId, String title, String description, String category, int likelihood, int impact,
            String owner, String mitigation, LocalDate nextReview) implements ProposalPayload {

        public AddRisk {
            Require.present(projectId, "projectId");
            title = Require.text(title, "title", 200);
            description = Require.freeText(description, "description", 20_000);
            Require.range(likelihood, 1, 5, "likelihood");
            Require.range(impact, 1, 5, "impact");
            mitigation = Require.freeText(mitigation, "mitigation", 20_000);
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.ADD_RISK;
        }
    }

    /** Re-rate a risk; the executor refuses when the risk no longer has the {@code …From} rating. */
    record UpdateRisk(UUID riskId, int likelihoodFrom, int likelihood, int impactFrom, int impact,
            LocalDate nextReview) implements ProposalPayload {

        public UpdateRisk {
            Require.present(riskId, "riskId");
            Require.range(likelihoodFrom, 1, 5, "likelihoodFrom");
            Require.range(likelihood, 1, 5, "likelihood");
            Require.range(impactFrom, 1, 5, "impactFrom");
            Require.range(impact, 1, 5, "impact");
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.UPDATE_RISK;
        }
    }

    /**
     * A message drafted for the user to send. Applying it means the user sent it: the executor records the
     * stakeholder's last contact as the day it is applied.
     */
    record DraftMessage(UUID stakeholderId, UUID projectId, String to, String subject, String body)
            implements ProposalPayload {

        public DraftMessage {
            Require.present(stakeholderId, "stakeholderId");
            subject = Require.text(subject, "subject", 300);
            body = Require.text(body, "body", 20_000);
        }

        @Override
        public ProposalKind kind() {
            return ProposalKind.DRAFT_MESSAGE;
        }
    }
}
